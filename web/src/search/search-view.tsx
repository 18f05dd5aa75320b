import type { JSX } from "preact";
import type { Api } from "../api/client.js";
import type { SearchJson } from "../../../pipeline/serve/api-types.js";
import { navigate } from "../shell/navigate.js";
import { href, type Route } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { TableDownloads } from "../shared/download.js";
import { Tabs } from "../shared/tabs.js";
import { AnalysisTab } from "./analysis-tab.js";
import { Concordance } from "./concordance.js";
import { SearchFilters } from "./search-filters.js";
import { SearchForm } from "./search-form.js";
import { SearchPlot } from "./search-plot.js";
import {
  paramsOf,
  searchQuery,
  searchStateOf,
  TABS,
  type SearchState,
  type Tab,
} from "./search-query.js";
import { SortLevels } from "./sort-levels.js";

const TAB_NAMES: Readonly<Record<Tab, string>> = {
  concordance: "Concordance",
  collocates: "Collocates",
  words: "Words",
  clusters: "Clusters",
};

/** Places per plan, each a link that filters the concordance to the plan. */
function PerPlan(props: {
  readonly result: SearchJson;
  readonly s: SearchState;
}): JSX.Element {
  const { result, s } = props;
  const withHits = result.per_plan.filter((p) => p.hits > 0);
  return (
    <details class="per-plan" open={withHits.length <= 12}>
      <summary id="hit-counts">
        {`${result.total} places in ${result.plans_with_hit} of ${result.per_plan.length} plans`}
      </summary>
      <ul>
        {withHits.map((p) => (
          <li key={p.plan}>
            <a
              href={href.search(
                paramsOf({
                  ...s,
                  filters: { ...s.filters, plan: p.plan },
                  offset: 0,
                }),
              )}
            >
              {p.plan}
            </a>{" "}
            {p.hits}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The concordance tab: counts per plan, the plot, the table of one page of places, its downloads. */
function ConcordanceTab(props: {
  readonly api: Api;
  readonly s: SearchState;
  readonly go: (s: SearchState, replace?: boolean) => void;
  readonly plans: readonly string[];
  readonly regions: readonly string[];
}): JSX.Element {
  const { api, s, go } = props;
  const query = searchQuery(s);
  const key = query.toString();
  const loaded = useLoad(key, () => api.search(query));
  useShown(loaded, key);
  const exportPath = (format: string) => {
    const q = searchQuery(s);
    q.delete("limit");
    q.delete("offset");
    q.set("format", format);
    return `/api/search/export?${q.toString()}`;
  };
  return (
    <>
      <SearchFilters
        filters={s.filters}
        plans={props.plans}
        regions={props.regions}
        onFilter={(f, v) =>
          go({ ...s, filters: { ...s.filters, [f]: v }, offset: 0 })
        }
      />
      <div class="toolbar">
        <SortLevels
          sort={s.sort}
          onSort={(sort) => go({ ...s, sort, offset: 0 }, true)}
        />
        <TableDownloads
          api={api}
          path={exportPath}
          name="search"
          idPrefix="search-download"
        />
      </div>
      {loaded.state === "failed" && (
        <p class="problem" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded.state === "loading" && <p class="loading">Searching…</p>}
      {loaded.state === "done" && (
        <>
          <PerPlan result={loaded.value} s={s} />
          <SearchPlot api={api} s={s} />
          <Concordance
            result={loaded.value}
            s={s}
            turn={(offset) => go({ ...s, offset })}
          />
        </>
      )}
    </>
  );
}

/**
 * Search: the query forms of `stp-scan search`, a concordance with multi-level sort, filters, counts per plan,
 * paging and downloads; a dispersion plot; collocates, words and clusters as tabs over the same query.
 */
export function SearchView(props: {
  readonly api: Api;
  readonly route: Route;
}): JSX.Element {
  const s = searchStateOf(props.route.params);
  const go = (next: SearchState, replace = false) =>
    navigate(href.search(paramsOf(next)), replace);
  const plans = useLoad("plans", () => props.api.plans());
  const rows = plans.state === "done" ? plans.value.plans : [];
  const planIds = rows.map((p) => p.plan_id);
  const regions = [...new Set(rows.map((p) => p.region))]
    .filter((r) => r !== "")
    .sort();
  const none = { state: "done", value: null, key: "" } as const;
  // Without a query the view is drawn at once; with one, the concordance or a tab marks it once read.
  useShown(s.q === "" ? none : { state: "loading" }, "");
  return (
    <ViewFrame title="Search" loaded={none}>
      <SearchForm
        q={s.q}
        mode={s.mode}
        onSearch={(q, mode) => go({ ...s, q, mode, offset: 0 })}
      />
      {s.q === "" ? (
        <p>
          Type a phrase (stemmed as a lexicon term; <code>*</code> and{" "}
          <code>?</code> as globs), a regular expression or exact words, then
          press Enter.
        </p>
      ) : (
        <>
          <Tabs
            tabs={TABS}
            names={TAB_NAMES}
            selected={s.tab}
            onSelect={(tab) => go({ ...s, tab, options: {} }, true)}
            label="Views of the query"
          />
          <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${s.tab}`}>
            {s.tab === "concordance" ? (
              <ConcordanceTab
                api={props.api}
                s={s}
                go={go}
                plans={planIds}
                regions={regions}
              />
            ) : (
              <AnalysisTab
                api={props.api}
                s={s}
                tab={s.tab}
                go={go}
                plans={planIds}
              />
            )}
          </div>
        </>
      )}
    </ViewFrame>
  );
}
