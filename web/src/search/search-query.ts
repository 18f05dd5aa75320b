// The search view's state as its address holds it, and the API queries it asks; pure.
import { LOCATIONS } from "../../../pipeline/types.js";
import { tabOptionsOf, type AnalysisTab } from "./tab-options.js";

/** The query forms of `stp-scan search`: a phrase (stemmed; globs allowed), globs, --regex, --exact. */
export const MODES = ["phrase", "glob", "regex", "exact"] as const;
export type Mode = (typeof MODES)[number];

/** AntConc's sort keys: words left (L3..L1) and right (R1..R3) of the hit, and where it stands. */
export const SORT_KEYS = [
  "R1",
  "R2",
  "R3",
  "L1",
  "L2",
  "L3",
  "plan",
  "document",
  "page",
] as const;

/** How many sort levels the analyst chooses. */
export const SORT_LEVELS = 3;

/** The filters of the concordance, by their parameter names. */
export const FILTERS = [
  "plan",
  "region",
  "concept",
  "location",
  "source",
] as const;
export type Filter = (typeof FILTERS)[number];

/** The fixed choices of the filters that have them ("" is all). */
export const FILTER_CHOICES: Readonly<
  Partial<Record<Filter, readonly string[]>>
> = {
  concept: ["social-value", "related"],
  location: LOCATIONS,
  source: ["text", "ocr"],
};

/** Rows of the concordance on one page: never more than this many in the DOM. */
export const PAGE_ROWS = 50;

/** The tabs over the same query. */
export const TABS = ["concordance", "collocates", "words", "clusters"] as const;
export type Tab = (typeof TABS)[number];

/** The search as the address gives it. */
export type SearchState = {
  readonly q: string;
  readonly mode: Mode;
  /** Sort keys, most significant first (`R1,R2`). */
  readonly sort: readonly string[];
  readonly filters: Readonly<Record<Filter, string>>;
  /** 0-based index of the first row shown. */
  readonly offset: number;
  readonly tab: Tab;
  /** The options of the tab shown (collocates, words, clusters) the analyst changed, by parameter name. */
  readonly options: Readonly<Record<string, string>>;
};

/** The search of an address's parameters; unknown values fall back to the defaults. */
export function searchStateOf(params: URLSearchParams): SearchState {
  const mode = params.get("mode") ?? "";
  const tab = params.get("tab") ?? "";
  const sort = (params.get("sort") ?? "")
    .split(",")
    .filter((k) => (SORT_KEYS as readonly string[]).includes(k));
  const filters = Object.fromEntries(
    FILTERS.map((f) => [f, params.get(f) ?? ""]),
  ) as Record<Filter, string>;
  return {
    q: params.get("q") ?? "",
    mode: (MODES as readonly string[]).includes(mode)
      ? (mode as Mode)
      : "phrase",
    sort,
    filters,
    offset: Math.max(0, Math.floor(Number(params.get("offset")) || 0)),
    tab: (TABS as readonly string[]).includes(tab)
      ? (tab as Tab)
      : "concordance",
    options: tabOptionsOf(tab, params),
  };
}

/** The address parameters of a search state, defaults left out. */
export function paramsOf(s: SearchState): Record<string, string | number> {
  return {
    q: s.q,
    mode: s.mode === "phrase" ? "" : s.mode,
    sort: s.sort.join(","),
    ...s.filters,
    offset: s.offset === 0 ? "" : s.offset,
    tab: s.tab === "concordance" ? "" : s.tab,
    ...s.options,
  };
}

/** The query of /api/search (and /api/search/export) for `s`: one page of rows, or `limit` rows from `offset`. */
export function searchQuery(
  s: SearchState,
  page: { readonly limit: number; readonly offset: number } = {
    limit: PAGE_ROWS,
    offset: s.offset,
  },
): URLSearchParams {
  const q = new URLSearchParams({ q: s.q, mode: s.mode });
  if (s.sort.length > 0) q.set("sort", s.sort.join(","));
  for (const f of FILTERS) if (s.filters[f] !== "") q.set(f, s.filters[f]);
  q.set("limit", String(page.limit));
  q.set("offset", String(page.offset));
  return q;
}

/**
 * The query of the tabs over the same search (collocates, clusters; words reads the plan only), with the tab's
 * options; `format` (csv, xlsx) asks for the table as a file.
 */
export function analysisQuery(
  s: SearchState,
  tab: AnalysisTab,
  format?: "csv" | "xlsx",
): URLSearchParams {
  const q = new URLSearchParams();
  if (tab !== "words") {
    q.set("q", s.q);
    q.set("mode", s.mode);
  }
  if (s.filters.plan !== "") q.set("plan", s.filters.plan);
  for (const [name, value] of Object.entries(s.options)) q.set(name, value);
  if (format !== undefined) q.set("format", format);
  return q;
}
