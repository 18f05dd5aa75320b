import { renderCsv, type Cell } from "../csv/index.js";
import type { SearchResult, ShownPlace } from "../explore/store/index.js";
import { counted } from "../plural.js";
import { formatTable } from "./format-table.js";
import { renderKwicTable } from "./kwic-table.js";
import type { RenderedRows } from "./render-rows.js";

/** Columns of a search place, as `mentions` has them (plan, document, page, left | match | right), then extras. */
const PLACE_COLUMNS = [
  "plan_id",
  "document",
  "page",
  "left",
  "match",
  "right",
  "term_id",
  "concept",
  "start",
  "end",
  "location",
] as const;

const PER_PLAN_COLUMNS = ["plan", "matches"] as const;

type Row = Readonly<Record<string, Cell>>;
type PerPlan = SearchResult["perPlan"];

/** The query and how search read it, as its JSON opens. */
export type SearchQuery = {
  readonly query: string;
  readonly regex: boolean;
  readonly exact: boolean;
};

/** How search's output is shaped: the query, the counts per plan instead of the places, the format. */
export type SearchShape = SearchQuery & {
  readonly perPlan: boolean;
  readonly format: "table" | "csv" | "json" | "xlsx";
};

/** Places as rows of PLACE_COLUMNS. */
export const placeRows = (places: readonly ShownPlace[]): Row[] =>
  places.map((p) => Object.fromEntries(PLACE_COLUMNS.map((c) => [c, p[c]])));

/** search's CSV of rows given a group at a time (the places of a document): the same bytes as renderCsv of them all. */
export function* renderSearchCsv(
  groups: Iterable<readonly Row[]>,
  columns: readonly string[] = PLACE_COLUMNS,
): Generator<string> {
  let isFirst = true;
  for (const rows of groups) {
    yield renderCsv(
      columns,
      rows,
      isFirst ? {} : { bom: false, header: false },
    );
    isFirst = false;
  }
  if (isFirst) yield renderCsv(columns, []);
}

/**
 * search's JSON, the query and the counts per plan, then the places' rows a group at a time: the same bytes as
 * JSON.stringify(…, null, 2) of it all. The counts come before the places, so a search written as it finds its
 * places finds them twice: counted first, then written.
 */
export function* renderSearchJson(
  query: SearchQuery,
  perPlan: PerPlan,
  groups: Iterable<readonly Row[]>,
): Generator<string> {
  const whole = JSON.stringify(
    {
      query: query.query,
      mode: query.regex ? "regex" : query.exact ? "exact" : "phrase",
      matches: perPlan.counts.reduce((sum, c) => sum + c.matches, 0),
      plans: perPlan.counts.length,
      plansWithMatches: perPlan.plansWithMatches,
      perPlan: perPlan.counts,
      places: [],
    },
    null,
    2,
  );
  let isOpen = false;
  for (const rows of groups) {
    if (rows.length === 0) continue;
    const items = rows.map((r) =>
      JSON.stringify(r, null, 2).replace(/^/gm, "    "),
    );
    yield `${isOpen ? ",\n" : `${whole.slice(0, -"[]\n}".length)}[\n`}${items.join(",\n")}`;
    isOpen = true;
  }
  yield isOpen ? "\n  ]\n}\n" : `${whole}\n`;
}

const totalsLine = (found: SearchResult) =>
  `${counted(found.places.length, "match", "matches")} in ${found.perPlan.plansWithMatches} of ${counted(found.perPlan.counts.length, "plan")}\n`;

const perPlanTable = (found: SearchResult) =>
  `${formatTable(
    [...PER_PLAN_COLUMNS],
    found.perPlan.counts.map((c) => [c.plan, c.matches]),
  )}\n${totalsLine(found)}`;

/** The keyword-in-context table of the places shown, `width` characters wide, then the counts per plan. */
function renderPlacesTable(
  found: SearchResult,
  query: string,
  width: number,
): string {
  const { places, shown, perPlan } = found;
  if (places.length === 0) return `no matches for "${query}"\n`;
  const lines = renderKwicTable(
    shown.map((p, i) => ({
      ...p,
      mention_id: `#${i + 1}`,
      term_id: p.term_id === "" ? "(not in lexicon)" : p.term_id,
      verdict: "",
    })),
    { width, idHeader: "#" },
  );
  const hit = perPlan.counts.filter((c) => c.matches > 0);
  const more =
    shown.length < places.length
      ? `(showing ${shown.length} of ${places.length}; --limit)\n`
      : "";
  return `${lines}\n${more}\n${formatTable(
    [...PER_PLAN_COLUMNS],
    hit.map((c) => [c.plan, c.matches]),
  )}\n${totalsLine(found)}`;
}

/**
 * What search prints of the places it found, in the format asked: the places shown (or, `perPlan`, the counts per
 * plan) as a table `width` characters wide, CSV, JSON or a sheet, and a notice when there are none.
 */
export function renderSearch(
  found: SearchResult,
  shape: SearchShape,
  width: number,
): RenderedRows {
  const notice =
    found.places.length === 0 && shape.format !== "table"
      ? `no matches for "${shape.query}"`
      : null;
  const columns = shape.perPlan ? PER_PLAN_COLUMNS : PLACE_COLUMNS;
  const rows = shape.perPlan ? found.perPlan.counts : placeRows(found.shown);
  switch (shape.format) {
    case "xlsx":
      return { text: "", notice, sheet: { columns, rows } };
    case "csv":
      return { text: [...renderSearchCsv([rows], columns)].join(""), notice };
    case "json":
      return {
        text: [
          ...renderSearchJson(
            shape,
            found.perPlan,
            shape.perPlan ? [] : [rows],
          ),
        ].join(""),
        notice,
      };
    case "table":
      return {
        text: shape.perPlan
          ? perPlanTable(found)
          : renderPlacesTable(found, shape.query, width),
        notice,
      };
  }
}
