import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import { href } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown } from "../shell/view-state.js";
import { TableDownloads } from "../shared/download.js";
import { AnalysisOptions } from "./analysis-options.js";
import { SearchFilters } from "./search-filters.js";
import { analysisQuery, paramsOf, type SearchState } from "./search-query.js";
import { COLUMN_NOTES, type AnalysisTab } from "./tab-options.js";

type Answer = Record<string, unknown> & {
  rows: readonly Record<string, unknown>[];
};

/** What each tab reads and how its answer opens (the CLI command's JSON: a line of figures, then rows). */
const SUMMARY: Readonly<Record<AnalysisTab, (answer: Answer) => string>> = {
  collocates: (a) =>
    `${String(a["places"])} places; ${String(a["windowTokens"])} words near them, ${String(a["corpusTokens"])} in the corpus`,
  words: (a) =>
    `${String(a["tokens"])} words, ${String(a["types"])} distinct: the word list of the whole corpus, or of the plan chosen (the query does not narrow it)`,
  clusters: (a) => `${String(a["clusters"])} clusters`,
};

/** Why a table has no rows, in the words of the options that would give some. */
const EMPTY: Readonly<Record<AnalysisTab, string>> = {
  collocates:
    "No word stands near the places often enough: lower the minimum count or widen the window.",
  words: "No word is that long: lower the shortest word.",
  clusters:
    "No cluster reaches the minimum count: lower it or change the words per cluster.",
};

const read = (api: Api, tab: AnalysisTab, q: URLSearchParams) =>
  (tab === "collocates"
    ? api.collocates(q)
    : tab === "words"
      ? api.words(q)
      : api.clusters(q)) as Promise<Answer>;

/** A number as the CLI's JSON gives it; text as it is. */
const cell = (v: unknown): string =>
  typeof v === "number"
    ? String(v)
    : typeof v === "string"
      ? v
      : JSON.stringify(v);

/**
 * A word or cluster as a link to its own concordance (AntConc's click from a list to its lines): exact words,
 * or the stem as a phrase when the list groups by stem.
 */
function ConcordanceLink(props: {
  readonly s: SearchState;
  readonly text: string;
}): JSX.Element {
  const { s } = props;
  const mode = s.options["stems"] === "1" ? "phrase" : "exact";
  const to = href.search(
    paramsOf({
      ...s,
      q: props.text,
      mode,
      sort: [],
      offset: 0,
      tab: "concordance",
      options: {},
    }),
  );
  return (
    <a href={to} title={`The places of "${props.text}"`}>
      {props.text}
    </a>
  );
}

/** The rows of a tab's answer, under its command's columns, each explained by its heading's title. */
function AnalysisTable(props: {
  readonly tab: AnalysisTab;
  readonly s: SearchState;
  readonly answer: Answer;
}): JSX.Element {
  const { tab, answer } = props;
  const columns = Object.keys(answer.rows[0] ?? {});
  const notes = COLUMN_NOTES[tab];
  const linked = tab === "collocates" ? "" : (columns[0] ?? "");
  if (answer.rows.length === 0) return <p>{EMPTY[tab]}</p>;
  return (
    <>
      <details class="column-notes">
        <summary>What the columns mean</summary>
        <dl>
          {columns.map((c) => (
            <div key={c}>
              <dt>{c}</dt>
              <dd>{notes[c] ?? ""}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div class="table-wrap">
        <table class="grid" id={`${tab}-table`}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" title={notes[c]}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answer.rows.map((r, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td
                    key={c}
                    class={typeof r[c] === "number" ? "num" : undefined}
                  >
                    {c === linked ? (
                      <ConcordanceLink s={props.s} text={cell(r[c])} />
                    ) : (
                      cell(r[c])
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Collocates, the word list or clusters over the same query and plan, with their command's options and columns,
 * downloadable as the command writes them (CSV, XLSX).
 */
export function AnalysisTab(props: {
  readonly api: Api;
  readonly s: SearchState;
  readonly tab: AnalysisTab;
  readonly go: (s: SearchState, replace?: boolean) => void;
  readonly plans: readonly string[];
}): JSX.Element {
  const { tab, s, go } = props;
  const q = analysisQuery(s, tab);
  const key = `${tab}?${q.toString()}`;
  const loaded = useLoad(key, () => read(props.api, tab, q));
  useShown(loaded, key);
  return (
    <div data-tab-shown={loaded.state === "done" ? loaded.key : ""}>
      <div class="toolbar">
        <SearchFilters
          filters={s.filters}
          only={["plan"]}
          plans={props.plans}
          regions={[]}
          onFilter={(f, v) => go({ ...s, filters: { ...s.filters, [f]: v } })}
        />
        <AnalysisOptions
          tab={tab}
          options={s.options}
          onOptions={(options) => go({ ...s, options }, true)}
        />
        <TableDownloads
          api={props.api}
          path={(format) =>
            `/api/${tab}?${analysisQuery(s, tab, format).toString()}`
          }
          name={tab}
          idPrefix={`${tab}-download`}
        />
      </div>
      {loaded.state === "loading" && <p class="loading">Reading…</p>}
      {loaded.state === "failed" && (
        <p class="problem" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded.state === "done" && (
        <>
          <p id="analysis-summary">{SUMMARY[tab](loaded.value)}</p>
          <AnalysisTable tab={tab} s={s} answer={loaded.value} />
        </>
      )}
    </div>
  );
}
