import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import { useLoad } from "../shell/use-load.js";
import { useShown } from "../shell/view-state.js";
import { analysisQuery, type SearchState, type Tab } from "./search-query.js";

type AnalysisTab = Exclude<Tab, "concordance">;

/** What each tab reads and how its answer opens (the CLI command's JSON: a line of figures, then rows). */
const SUMMARY: Readonly<
  Record<AnalysisTab, (answer: Record<string, unknown>) => string>
> = {
  collocates: (a) =>
    `${String(a["places"])} places; ${String(a["windowTokens"])} words near them`,
  words: (a) => `${String(a["tokens"])} words, ${String(a["types"])} distinct`,
  clusters: (a) => `${String(a["clusters"])} clusters`,
};

const read = (api: Api, tab: AnalysisTab, q: URLSearchParams) =>
  (tab === "collocates"
    ? api.collocates(q)
    : tab === "words"
      ? api.words(q)
      : api.clusters(q)) as Promise<
    Record<string, unknown> & { rows: readonly Record<string, unknown>[] }
  >;

/** A number as the CLI's JSON gives it; text as it is. */
const cell = (v: unknown): string =>
  typeof v === "number"
    ? String(v)
    : typeof v === "string"
      ? v
      : JSON.stringify(v);

/** Collocates, the word list or clusters over the same query and plan, with their columns as the CLI's. */
export function AnalysisTab(props: {
  readonly api: Api;
  readonly s: SearchState;
  readonly tab: AnalysisTab;
}): JSX.Element {
  const { tab } = props;
  const q = analysisQuery(props.s, tab);
  const key = `${tab}?${q.toString()}`;
  const loaded = useLoad(key, () => read(props.api, tab, q));
  useShown(loaded, key);
  if (loaded.state === "loading") return <p class="loading">Reading…</p>;
  if (loaded.state === "failed")
    return (
      <p class="problem" role="alert">
        {loaded.error}
      </p>
    );
  const answer = loaded.value;
  const columns = Object.keys(answer.rows[0] ?? {});
  return (
    <div data-tab-shown={key}>
      <p>{SUMMARY[tab](answer)}</p>
      <div class="table-wrap">
        <table class="grid" id={`${tab}-table`}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
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
                    {cell(r[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
