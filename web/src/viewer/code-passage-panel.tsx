import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type {
  CodebookJson,
  CodedPassageJson,
  LexiconJson,
  PageJson,
} from "../../../pipeline/serve/api-types.js";
import type { Api } from "../api/client.js";
import { ProblemLine, reasonOf } from "../shared/problem-line.js";
import { useLoad } from "../shell/use-load.js";

/** What the panel codes: a span of the page's text (a selection, a search hit), or words the analyst types. */
export type PassageAsked =
  | {
      readonly kind: "span";
      readonly start: number;
      readonly end: number;
      /** "Code these words" (a selection) or "Code this hit". */
      readonly title: string;
    }
  | { readonly kind: "typed" };

/** The lexicon's concepts, the headline one first (the default). */
export function conceptsOf(lexicon: LexiconJson): string[] {
  const headline = lexicon.terms.find((t) => t.headline)?.concept;
  const all = [...new Set(lexicon.terms.map((t) => t.concept))];
  return headline === undefined
    ? all
    : [headline, ...all.filter((c) => c !== headline)];
}

/** Whether the span starts or ends inside a word (a letter or digit on both sides of its edge). */
function isCut(
  text: string,
  span: { readonly start: number; readonly end: number },
): boolean {
  const wordy = (i: number) => /[\p{L}\p{N}]/u.test(text.charAt(i));
  return (
    (wordy(span.start - 1) && wordy(span.start)) ||
    (wordy(span.end - 1) && wordy(span.end))
  );
}

/** The codebook's codes a coded passage may carry: those that count as accept. */
const acceptCodes = (codebook: CodebookJson) =>
  codebook.codes.filter((c) => c.countsAs === "accepted");

/**
 * "Code these words": the words (selected, or typed with which occurrence on the page), a concept (default the
 * headline one), a reason from the codebook's accept codes and a note (required); Code posts them
 * (POST /api/coded-passages). A refusal shows as one line.
 */
export function CodePassagePanel(props: {
  readonly api: Api;
  readonly page: PageJson;
  readonly asked: PassageAsked;
  readonly onCoded: (coded: CodedPassageJson) => void;
  readonly onClose: () => void;
}): JSX.Element {
  const { api, page, asked } = props;
  const choices = useLoad("code choices", async () => {
    const [lexicon, codebook] = await Promise.all([api.lexicon(), api.codes()]);
    return { concepts: conceptsOf(lexicon), codes: acceptCodes(codebook) };
  });
  const [text, setText] = useState("");
  const [occurrence, setOccurrence] = useState(1);
  const [concept, setConcept] = useState("");
  const [code, setCode] = useState("");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const loaded = choices.state === "done" ? choices.value : null;
  useEffect(() => {
    if (loaded === null) return;
    setConcept((c) => (c === "" ? (loaded.concepts[0] ?? "") : c));
    setCode((c) => (c === "" ? (loaded.codes[0]?.id ?? "") : c));
  }, [loaded]);
  // The first field takes the focus, so a keyboard user types at once.
  useEffect(() => {
    form.current
      ?.querySelector<HTMLElement>("input, select, textarea")
      ?.focus();
  }, []);
  const words =
    asked.kind === "span" ? page.text.slice(asked.start, asked.end) : text;
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem("");
    if (words.trim() === "")
      return setProblem("type the words to code, as they stand on the page");
    if (note.trim() === "")
      return setProblem(`the note must say why the words discuss ${concept}`);
    setBusy(true);
    try {
      props.onCoded(
        await api.codePassage({
          document: page.document,
          page: page.page,
          ...(asked.kind === "span"
            ? { start: asked.start, end: asked.end }
            : { text, occurrence }),
          concept,
          code,
          note,
        }),
      );
    } catch (error) {
      setProblem(reasonOf(error));
    } finally {
      setBusy(false);
    }
  };
  const title = asked.kind === "span" ? asked.title : "Code words";
  return (
    <form
      ref={form}
      id="code-panel"
      class="code-panel"
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onClose();
      }}
    >
      <h2>{title}</h2>
      {asked.kind === "span" ? (
        <p class="code-words">
          <q id="code-words">{words.replace(/\s+/g, " ")}</q>
          {isCut(page.text, asked) && (
            <span class="dim">
              {" "}
              (a word cut by the selection is coded whole)
            </span>
          )}
        </p>
      ) : (
        <div class="code-typed">
          <label>
            words{" "}
            <input
              id="code-text"
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
              placeholder="the words, as on the page"
            />
          </label>
          <label title="Which place on the page, when the words stand there more than once">
            occurrence{" "}
            <input
              id="code-occurrence"
              type="number"
              min={1}
              value={occurrence}
              onInput={(e) =>
                setOccurrence(Math.max(1, Number(e.currentTarget.value) || 1))
              }
            />
          </label>
        </div>
      )}
      {choices.state === "failed" && <ProblemLine text={choices.error} />}
      <div class="code-choices">
        <label>
          concept{" "}
          <select
            id="code-concept"
            value={concept}
            onChange={(e) => setConcept(e.currentTarget.value)}
          >
            {(loaded?.concepts ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          reason{" "}
          <select
            id="code-reason"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          >
            {(loaded?.codes ?? []).map((c) => (
              <option key={c.id} value={c.id} title={c.meaning}>
                {`${c.label} (${c.id})`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="code-note">
        note (why the words discuss the concept){" "}
        <textarea
          id="code-note"
          rows={2}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <ProblemLine text={problem} />
      <div class="code-actions">
        <button
          type="submit"
          id="code-submit"
          disabled={busy || loaded === null}
        >
          Code
        </button>
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
