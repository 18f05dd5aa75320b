import { Hono } from "hono";
import {
  SEARCH_PAGE_MAX_PLACES,
  SEARCH_PAGE_PLACES,
  WINDOW_TOKENS,
} from "../defaults.js";
import { SORT_KEYS_HELP, unknownSortKeys } from "../explore/index.js";
import {
  describeKnown,
  ensureVocabulary,
  unknownNameOf,
} from "../explore/store/index.js";
import { dispersionStrips, placeRows, renderSearch } from "../report/index.js";
import type { DispersionJson, PlaceJson, SearchJson } from "./api-types.js";
import { corpusFacts } from "./corpus-facts.js";
import { rowsAnswer } from "./download-answer.js";
import { queryParams } from "./query-params.js";
import { answer, refusal } from "./respond.js";
import type { AppContext } from "./app-context.js";
import {
  findSearch,
  type SearchAsked,
  type SearchFound,
} from "./search-results.js";

/** Words of context a search may ask for each side. */
const MAX_CONTEXT = 50;

/** A search and how its places are shown. */
type Asked = SearchAsked & {
  readonly sort: readonly string[];
  readonly offset: number;
  readonly limit: number;
};

/** Why a plan, concept or region filter names nothing in the database, or null. */
function unknownFilter(
  app: AppContext,
  given: Pick<Asked, "plan" | "concept" | "region">,
): string | null {
  const named = unknownNameOf(app.options.db, app.dbFile, given);
  if (named !== null || given.region === undefined) return named;
  const regions = [
    ...new Set(corpusFacts(app.options.db, app.answers).regions.values()),
  ];
  return regions.includes(given.region)
    ? null
    : `no region "${given.region}" in ${app.dbFile}; ${describeKnown(given.region, regions, { plural: "regions", listedBy: "GET /api/plans" })}`;
}

/** The sort keys of `sort=` (a comma list), and why some cannot be used. */
function sortKeysOf(text: string | undefined): {
  keys: string[];
  problem: string | null;
} {
  const keys = (text ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");
  const unknown = unknownSortKeys(keys);
  return {
    keys,
    problem:
      unknown.length === 0
        ? null
        : `sort: no key ${unknown.map((k) => `"${k}"`).join(", ")}; the keys are ${SORT_KEYS_HELP}`,
  };
}

/** The parameters of a search (q, mode, the filters, sort, paging), or the reason for a 400. */
function searchAsked(app: AppContext, params: URLSearchParams): Asked | string {
  const read = queryParams(params);
  const q = read.query();
  const sort = sortKeysOf(read.text("sort"));
  const filters = {
    plan: read.text("plan"),
    concept: read.text("concept"),
    locations: read.locations("location"),
    region: read.text("region"),
    source:
      read.text("source") === undefined
        ? undefined
        : read.choice("source", ["text", "ocr"] as const, "text"),
  };
  const shape = {
    context: read.int("context", {
      min: 0,
      max: MAX_CONTEXT,
      fallback: WINDOW_TOKENS,
    }),
    offset: read.int("offset", {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      fallback: 0,
    }),
    limit: read.int("limit", {
      min: 1,
      max: SEARCH_PAGE_MAX_PLACES,
      fallback: SEARCH_PAGE_PLACES,
    }),
    sort: sort.keys,
  };
  const problem = read.problem() ?? sort.problem ?? unknownFilter(app, filters);
  if (problem !== null) return problem;
  if (q === null) return "q: give a query";
  return { ...filters, ...shape, query: q.query, text: q.text, mode: q.mode };
}

/** The refusal of a search still finding places at its time limit: not a busy database, so no Retry-After. */
const tooLong = (app: AppContext) =>
  refusal(
    503,
    `the search ran past its time limit (${app.searchSeconds} s) and was stopped; narrow it (plan=, concept=, location=, a longer phrase) or run stp-scan search`,
  );

/**
 * The search asked in `params`, found (or kept from before) within the time limit, then `then` of it: a 400 for a
 * parameter that does not do, a 503 when the time limit passes (`then` gives null when it does).
 */
function withSearch<T>(
  app: AppContext,
  params: URLSearchParams,
  then: (found: SearchFound, asked: Asked, deadline: number) => T | null,
): T | Response {
  const asked = searchAsked(app, params);
  if (typeof asked === "string") return refusal(400, asked);
  // The page index is built once, by the first search of a database (as by the first `stp-scan search`): that is
  // not the search taking long, so its time limit starts after it.
  ensureVocabulary(app.options.db);
  const deadline = Date.now() + app.searchSeconds * 1000;
  const found = findSearch(app, asked, deadline);
  return (found === null ? null : then(found, asked, deadline)) ?? tooLong(app);
}

/** GET /api/search: one page of the places in the order asked, with the counts over all of them. */
function searchPage(found: SearchFound, asked: Asked, deadline: number) {
  const sorted = found.sorted(asked.sort, deadline);
  if (sorted === null) return null;
  const shown = found.shown(
    sorted.slice(asked.offset, asked.offset + asked.limit),
  );
  const rows = placeRows(shown);
  return answer(200, {
    query: asked.text,
    mode: asked.mode,
    total: found.places.length,
    plans_with_hit: found.perPlan.plansWithMatches,
    per_plan: found.perPlan.counts.map((c) => ({
      plan: c.plan,
      hits: c.matches,
    })),
    offset: asked.offset,
    limit: asked.limit,
    sort: asked.sort,
    places: rows.map((row, i): PlaceJson => ({
      ...(row as Omit<PlaceJson, "source" | "region">),
      source: shown[i]?.source ?? "text",
      region: shown[i]?.region ?? "",
    })),
  } satisfies SearchJson);
}

/** GET /api/search/dispersion: the strips of `search --plot`, as data. */
function searchDispersion(
  app: AppContext,
  found: SearchFound,
  asked: Asked,
  deadline: number,
) {
  const lines = found.withContext(deadline);
  if (lines === null) return null;
  return answer(200, {
    strips: dispersionStrips(app.options.db, lines, asked.plan),
  } satisfies DispersionJson);
}

/** GET /api/search/export?format=csv|xlsx: every place in the order asked, as `search --format csv|xlsx` writes them. */
async function searchExport(
  app: AppContext,
  params: URLSearchParams,
): Promise<Response> {
  const read = queryParams(params);
  const format = read.choice("format", ["csv", "xlsx"] as const, "csv");
  const problem = read.problem();
  if (problem !== null) return refusal(400, problem);
  const rendered = withSearch(app, params, (found, asked, deadline) => {
    const sorted = found.sorted(asked.sort, deadline);
    return sorted === null
      ? null
      : renderSearch(
          {
            places: found.places,
            shown: found.shown(sorted),
            perPlan: found.perPlan,
          },
          {
            query: asked.text,
            regex: asked.mode === "regex",
            exact: asked.mode === "exact",
            perPlan: false,
            format,
          },
          0,
        );
  });
  return rendered instanceof Response
    ? rendered
    : rowsAnswer(rendered, "search", format);
}

/** GET /api/search's answer for `params` (the lexicon's preview asks it too, for a proposed term). */
export const searchAnswer = (app: AppContext, params: URLSearchParams) =>
  withSearch(app, params, searchPage);

/** Search, its dispersion plot and its download. */
export const searchRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/search", (c) =>
      searchAnswer(app, new URL(c.req.url).searchParams),
    )
    .get("/api/search/dispersion", (c) =>
      withSearch(
        app,
        new URL(c.req.url).searchParams,
        (found, asked, deadline) =>
          searchDispersion(app, found, asked, deadline),
      ),
    )
    .get("/api/search/export", (c) =>
      searchExport(app, new URL(c.req.url).searchParams),
    );
