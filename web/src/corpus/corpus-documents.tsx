import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import type { DocumentJson } from "../../../pipeline/serve/api-types.js";
import { reasonOf } from "../scan/scan-view.js";

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

/** Unreadable pages declared read with a note (`corpus accept-pages`). */
function DeclareRead(props: {
  readonly api: Api;
  readonly doc: DocumentJson;
  readonly index: number;
  readonly onDone: () => void;
}): JSX.Element {
  const { api, doc, index } = props;
  const [pages, setPages] = useState(doc.pages_without_text.join(","));
  const [note, setNote] = useState("");
  const [said, setSaid] = useState<Said | null>(null);
  const declare = (e: Event) => {
    e.preventDefault();
    api.declarePages({ document: doc.document, pages, note }).then(
      (r) => {
        setSaid({
          text: `Declared read: ${r.pages.length === 1 ? "page" : "pages"} ${r.pages.join(", ")}.`,
          failed: false,
        });
        props.onDone();
      },
      (err: unknown) => setSaid({ text: reasonOf(err), failed: true }),
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
      <label>
        note{" "}
        <input
          id={`declare-note-${index}`}
          placeholder="why they count as read"
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <button type="submit" id={`declare-${index}`}>
        Declare read
      </button>
      <Said said={said} id={`declare-said-${index}`} />
    </form>
  );
}

/** A near-duplicate declared to repeat the document it resembles (`corpus declare-duplicate`), or withdrawn. */
function DeclareDuplicate(props: {
  readonly api: Api;
  readonly doc: DocumentJson;
  readonly index: number;
  readonly onDone: () => void;
}): JSX.Element {
  const { api, doc, index } = props;
  const declared = doc.duplicate_reason === "declared";
  const [note, setNote] = useState("");
  const [said, setSaid] = useState<Said | null>(null);
  const declare = (e: Event) => {
    e.preventDefault();
    api
      .declareDuplicate({
        document: doc.document,
        of: doc.near_duplicate_of ?? doc.duplicate_of,
        note,
        undo: declared,
      })
      .then(
        (r) => {
          setSaid({
            text: r.withdrawn
              ? "Withdrawn."
              : `Declared a duplicate of ${r.of ?? ""}.`,
            failed: false,
          });
          props.onDone();
        },
        (err: unknown) => setSaid({ text: reasonOf(err), failed: true }),
      );
  };
  return (
    <form class="inline-form" onSubmit={declare}>
      <label>
        note{" "}
        <input
          id={`duplicate-note-${index}`}
          placeholder={
            declared ? "why it no longer repeats it" : "why it repeats it"
          }
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <button type="submit" id={`duplicate-${index}`}>
        {declared ? "Withdraw the declaration" : "Declare a duplicate"}
      </button>
      <Said said={said} id={`duplicate-said-${index}`} />
    </form>
  );
}

/** Remove a document (`corpus remove`), asked twice: the second click confirms. */
function RemoveButton(props: {
  readonly api: Api;
  readonly doc: DocumentJson;
  readonly index: number;
  readonly onDone: () => void;
}): JSX.Element {
  const [asked, setAsked] = useState(false);
  const [said, setSaid] = useState<Said | null>(null);
  const remove = () => {
    if (!asked) return setAsked(true);
    props.api.removeDocument(props.doc.document).then(
      (r) => {
        setSaid({ text: `Set aside as ${r.asideTo}.`, failed: false });
        props.onDone();
      },
      (err: unknown) => setSaid({ text: reasonOf(err), failed: true }),
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
                  <DeclareRead
                    api={props.api}
                    doc={d}
                    index={i}
                    onDone={props.onChange}
                  />
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
                    <DeclareDuplicate
                      api={props.api}
                      doc={d}
                      index={i}
                      onDone={props.onChange}
                    />
                  </>
                )}
              </td>
              <td>
                <RemoveButton
                  api={props.api}
                  doc={d}
                  index={i}
                  onDone={props.onChange}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
