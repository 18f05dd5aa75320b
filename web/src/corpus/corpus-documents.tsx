import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import type { DocumentJson } from "../../../pipeline/serve/api-types.js";
import { reasonOf } from "../shared/problem-line.js";

/** One form's state: what it says after its last try (a refusal is an alert). */
type Said = { readonly text: string; readonly failed: boolean };

function Said({
  said,
  id,
}: {
  readonly said: Said | null;
  readonly id: string;
}) {
  if (said === null) return null;
  return (
    <span
      id={id}
      class={said.failed ? "problem" : "dim"}
      role={said.failed ? "alert" : "status"}
    >
      {said.text}
    </span>
  );
}

/**
 * What a form of a document says after its last try, and how it tries: `work` gives the line to say when it
 * succeeds (then the documents are read again); a refusal is said as the server words it.
 */
function useSaid(onDone: () => void) {
  const [said, setSaid] = useState<Said | null>(null);
  const attempt = (work: Promise<string>) =>
    work.then(
      (text) => {
        setSaid({ text, failed: false });
        onDone();
      },
      (err: unknown) => setSaid({ text: reasonOf(err), failed: true }),
    );
  return [said, attempt] as const;
}

/** What a form of a document's row acts on; `index` (the row's) makes its fields' ids. */
type RowForm = {
  readonly api: Api;
  readonly doc: DocumentJson;
  readonly index: number;
  /** After a success: the documents are read again. */
  readonly onDone: () => void;
};

/** The note a declaration needs (why), its field and its label. */
function NoteInput(props: {
  readonly id: string;
  readonly placeholder: string;
  readonly value: string;
  readonly set: (text: string) => void;
}): JSX.Element {
  return (
    <label>
      note{" "}
      <input
        id={props.id}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(e) => props.set(e.currentTarget.value)}
      />
    </label>
  );
}

/** Unreadable pages declared read with a note (`corpus accept-pages`). */
function DeclareRead(props: RowForm): JSX.Element {
  const { api, doc, index } = props;
  const [pages, setPages] = useState(doc.pages_without_text.join(","));
  const [note, setNote] = useState("");
  const [said, attempt] = useSaid(props.onDone);
  const declare = (e: Event) => {
    e.preventDefault();
    void attempt(
      api
        .declarePages({ document: doc.document, pages, note })
        .then(
          (r) =>
            `Declared read: ${r.pages.length === 1 ? "page" : "pages"} ${r.pages.join(", ")}.`,
        ),
    );
  };
  return (
    <form class="inline-form" onSubmit={declare}>
      <label>
        pages{" "}
        <input
          id={`declare-pages-${index}`}
          size={6}
          value={pages}
          onInput={(e) => setPages(e.currentTarget.value)}
        />
      </label>
      <NoteInput
        id={`declare-note-${index}`}
        placeholder="why they count as read"
        value={note}
        set={setNote}
      />
      <button type="submit" id={`declare-${index}`}>
        Declare read
      </button>
      <Said said={said} id={`declare-said-${index}`} />
    </form>
  );
}

/** A near-duplicate declared to repeat the document it resembles (`corpus declare-duplicate`), or withdrawn. */
function DeclareDuplicate(props: RowForm): JSX.Element {
  const { api, doc, index } = props;
  const declared = doc.duplicate_reason === "declared";
  const [note, setNote] = useState("");
  const [said, attempt] = useSaid(props.onDone);
  const declare = (e: Event) => {
    e.preventDefault();
    void attempt(
      api
        .declareDuplicate({
          document: doc.document,
          of: doc.near_duplicate_of ?? doc.duplicate_of,
          note,
          undo: declared,
        })
        .then((r) =>
          r.withdrawn ? "Withdrawn." : `Declared a duplicate of ${r.of ?? ""}.`,
        ),
    );
  };
  return (
    <form class="inline-form" onSubmit={declare}>
      <NoteInput
        id={`duplicate-note-${index}`}
        placeholder={
          declared ? "why it no longer repeats it" : "why it repeats it"
        }
        value={note}
        set={setNote}
      />
      <button type="submit" id={`duplicate-${index}`}>
        {declared ? "Withdraw the declaration" : "Declare a duplicate"}
      </button>
      <Said said={said} id={`duplicate-said-${index}`} />
    </form>
  );
}

/** Remove a document (`corpus remove`), asked twice: the second click confirms. */
function RemoveButton(props: RowForm): JSX.Element {
  const [asked, setAsked] = useState(false);
  const [said, attempt] = useSaid(props.onDone);
  const remove = () => {
    if (!asked) return setAsked(true);
    void attempt(
      props.api
        .removeDocument(props.doc.document)
        .then((r) => `Set aside as ${r.asideTo}.`),
    );
  };
  return (
    <>
      <button
        type="button"
        id={`remove-${props.index}`}
        onClick={remove}
        onBlur={() => setAsked(false)}
      >
        {asked ? "Confirm removing" : "Remove"}
      </button>
      <Said said={said} id={`remove-said-${props.index}`} />
    </>
  );
}

/** The corpus's documents: status, pages, unreadable pages (declare them read), near-duplicates; remove one. */
export function CorpusDocuments(props: {
  readonly api: Api;
  readonly documents: readonly DocumentJson[];
  readonly onChange: () => void;
}): JSX.Element {
  // What each form of a row acts on, and what it does after: read the documents again.
  const forms = (doc: DocumentJson, index: number) => ({
    api: props.api,
    doc,
    index,
    onDone: props.onChange,
  });
  return (
    <div class="table-wrap">
      <table class="grid" id="corpus-documents">
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Document</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">
              Pages
            </th>
            <th scope="col">Unreadable pages</th>
            <th scope="col">Near-duplicate of</th>
            <th scope="col">Remove</th>
          </tr>
        </thead>
        <tbody>
          {props.documents.map((d, i) => (
            <tr key={d.document}>
              <td>{d.plan_id}</td>
              <td class="doc-path">{d.document}</td>
              <td>{d.role}</td>
              <td>
                {d.duplicate_of === null
                  ? d.status
                  : `duplicate of ${d.duplicate_of}`}
              </td>
              <td class="num">{d.pages ?? ""}</td>
              <td>
                {d.pages_without_text.length === 0 ? (
                  <span class="dim">none</span>
                ) : (
                  <DeclareRead {...forms(d, i)} />
                )}
              </td>
              <td>
                {d.near_duplicate_of === null &&
                d.duplicate_reason !== "declared" ? (
                  <span class="dim">none</span>
                ) : (
                  <>
                    {d.near_duplicate_of ?? d.duplicate_of}
                    {d.pages_shared !== null &&
                      ` (${d.pages_shared} pages shared)`}
                    <DeclareDuplicate {...forms(d, i)} />
                  </>
                )}
              </td>
              <td>
                <RemoveButton {...forms(d, i)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
