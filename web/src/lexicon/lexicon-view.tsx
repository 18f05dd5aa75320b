import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import { ProblemLine, reasonOf } from "../shared/problem-line.js";
import type {
  LexiconTermJson,
  SearchJson,
} from "../../../pipeline/serve/api-types.js";
import { ScanProgress, useScanWatch } from "../scan/scan-watch.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { removalEffect, type RemovalEffect } from "./removal-effect.js";

type Draft = { id: string; phrase: string; concept: string; headline: boolean };
const EMPTY: Draft = {
  id: "",
  phrase: "",
  concept: "related",
  headline: false,
};

/** A term id from its phrase, as an analyst would write it: lower case, words joined by "-". */
const idOf = (phrase: string) =>
  phrase
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** What a proposed phrase finds: the count, the plans, the first places in their sentence. */
function Preview({ found }: { readonly found: SearchJson }): JSX.Element {
  return (
    <div id="term-preview" role="status">
      <p>
        <strong>{found.total}</strong> places in {found.plans_with_hit} plans
        would be mentions.
      </p>
      <ul class="preview">
        {found.places.slice(0, 8).map((p, i) => (
          <li key={i}>
            <span class="dim">
              {p.plan_id}, p. {p.page}:
            </span>{" "}
            …{p.left} <mark>{p.match}</mark> {p.right}…
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The form of a term (new, or one being changed): preview it, then save the lexicon with it. */
function TermForm(props: {
  readonly api: Api;
  readonly draft: Draft;
  readonly editing: string | null;
  readonly onSave: (term: Draft) => void;
  readonly onCancel: () => void;
}): JSX.Element {
  const [d, setD] = useState<Draft>(props.draft);
  const [found, setFound] = useState<SearchJson | null>(null);
  const [problem, setProblem] = useState("");
  const set = (change: Partial<Draft>) => {
    setD((old) => ({ ...old, ...change }));
    setFound(null);
  };
  const preview = (e: Event) => {
    e.preventDefault();
    setProblem("");
    props.api
      .previewTerm(d.phrase)
      .then(setFound, (err: unknown) => setProblem(reasonOf(err)));
  };
  const id = d.id === "" ? idOf(d.phrase) : d.id;
  return (
    <form id="term-form" class="term-form" onSubmit={preview}>
      <div class="toolbar">
        <label>
          phrase{" "}
          <input
            id="term-phrase"
            value={d.phrase}
            onInput={(e) => set({ phrase: e.currentTarget.value })}
          />
        </label>
        <label>
          id{" "}
          <input
            id="term-id"
            value={d.id}
            placeholder={idOf(d.phrase)}
            onInput={(e) => set({ id: e.currentTarget.value })}
          />
        </label>
        <label>
          concept{" "}
          <input
            id="term-concept"
            size={12}
            value={d.concept}
            onInput={(e) => set({ concept: e.currentTarget.value })}
          />
        </label>
        <label>
          <input
            type="checkbox"
            id="term-headline"
            checked={d.headline}
            onChange={(e) => set({ headline: e.currentTarget.checked })}
          />{" "}
          headline
        </label>
        <button type="submit" id="term-preview-button">
          Preview
        </button>
        <button
          type="button"
          id="term-save"
          disabled={found === null}
          title={found === null ? "preview the term first" : undefined}
          onClick={() => props.onSave({ ...d, id })}
        >
          {props.editing === null ? "Add and re-match" : "Change and re-match"}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      <ProblemLine text={problem} />
      {found !== null && <Preview found={found} />}
    </form>
  );
}

/** Every mention of a term, read a page of the list at a time. */
async function planOfEachMention(api: Api, term: string): Promise<string[]> {
  const plans: string[] = [];
  for (;;) {
    const page = await api.mentions(
      new URLSearchParams({ term, offset: String(plans.length) }),
    );
    plans.push(...page.rows.map((m) => m.plan));
    if (page.rows.length === 0 || plans.length >= page.total) return plans;
  }
}

/** What removing the term would lose, said before it is removed: removed only when confirmed. */
function RemovalCheck(props: {
  readonly api: Api;
  readonly term: LexiconTermJson;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}): JSX.Element {
  const { api, term } = props;
  const loaded = useLoad(
    `remove-${term.id}`,
    async (): Promise<RemovalEffect> => {
      const [plans, { plans: rows }, figure] = await Promise.all([
        planOfEachMention(api, term.id),
        api.plans(),
        api.figure(new URLSearchParams()),
      ]);
      return removalEffect(term.headline, plans, rows, figure.threshold);
    },
  );
  const effect = loaded.state === "done" ? loaded.value : null;
  return (
    <div id="term-removal" class="term-form" role="alert">
      {loaded.state === "loading" && (
        <p>Counting what removing {term.id} would lose…</p>
      )}
      {loaded.state === "failed" && <ProblemLine text={loaded.error} />}
      {effect !== null && (
        <>
          <p id="term-removal-lost">
            Removing <strong>{term.id}</strong> (“{term.phrase}”) loses its{" "}
            <strong>{effect.mentions}</strong> mentions
            {effect.byPlan.length > 0 && ": "}
            {effect.byPlan.map(([plan, n]) => `${plan} ${n}`).join(", ")}.
          </p>
          <p id="term-removal-statistic">
            {effect.plansLost.length === 0
              ? "The statistic would not move: every plan that mentions social value still would."
              : `The statistic would move: ${effect.plansLost.join(", ")} would no longer mention social value.`}
          </p>
        </>
      )}
      <div class="toolbar">
        <button
          type="button"
          id="term-remove-confirm"
          disabled={effect === null}
          onClick={props.onConfirm}
        >
          Remove and re-match
        </button>
        <button type="button" id="term-remove-cancel" onClick={props.onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}

/** Lexicon: the terms, their concept, headline flag and mentions; add, change or remove one after a preview. */
export function LexiconView({ api }: { readonly api: Api }): JSX.Element {
  const [round, setRound] = useState(0);
  const key = `lexicon-${round}`;
  const loaded = useLoad(key, () => api.lexicon());
  useShown(loaded, key);
  const [editing, setEditing] = useState<{
    id: string | null;
    draft: Draft;
  } | null>(null);
  const [removing, setRemoving] = useState<LexiconTermJson | null>(null);
  const [problem, setProblem] = useState("");
  const scan = useScanWatch(api, () => setRound((r) => r + 1), false);
  const terms = loaded.state === "done" ? loaded.value.terms : [];
  const save = (next: readonly LexiconTermJson[]) => {
    setProblem("");
    api
      .saveLexicon(
        next.map(({ id, phrase, concept, headline }) => ({
          id,
          phrase,
          concept,
          headline,
        })),
      )
      .then(
        () => {
          setEditing(null);
          setRemoving(null);
          void scan.watch();
        },
        (e: unknown) => setProblem(reasonOf(e)),
      );
  };
  const saveTerm = (t: Draft) =>
    save(
      editing?.id == null
        ? [...terms, t]
        : terms.map((old) => (old.id === editing.id ? t : old)),
    );
  return (
    <ViewFrame
      title="Lexicon"
      loaded={loaded}
      tools={
        <button
          type="button"
          id="term-new"
          onClick={() => {
            setRemoving(null);
            setEditing({ id: null, draft: EMPTY });
          }}
        >
          Add a term
        </button>
      }
    >
      {loaded.state === "done" && <p class="dim">{loaded.value.path}</p>}
      {editing !== null && (
        <TermForm
          key={editing.id ?? "new"}
          api={api}
          draft={editing.draft}
          editing={editing.id}
          onSave={saveTerm}
          onCancel={() => setEditing(null)}
        />
      )}
      {removing !== null && (
        <RemovalCheck
          key={removing.id}
          api={api}
          term={removing}
          onConfirm={() => save(terms.filter((o) => o.id !== removing.id))}
          onCancel={() => setRemoving(null)}
        />
      )}
      <ProblemLine text={problem} />
      <ScanProgress scan={scan} />
      <div class="table-wrap">
        <table class="grid" id="lexicon-terms">
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Phrase</th>
              <th scope="col">Concept</th>
              <th scope="col">Headline</th>
              <th scope="col" class="num">
                Mentions
              </th>
              <th scope="col">Edit</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((t) => (
              <tr key={t.id}>
                <td>{t.id}</td>
                <td>{t.phrase}</td>
                <td>{t.concept}</td>
                <td>{t.headline ? "yes" : "no"}</td>
                <td class="num">{t.mentions ?? 0}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`change ${t.id}`}
                    onClick={() => {
                      setRemoving(null);
                      setEditing({ id: t.id, draft: { ...t } });
                    }}
                  >
                    Change
                  </button>{" "}
                  <button
                    type="button"
                    aria-label={`remove ${t.id}`}
                    disabled={scan.running}
                    onClick={() => {
                      setEditing(null);
                      setRemoving(t);
                    }}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ViewFrame>
  );
}
