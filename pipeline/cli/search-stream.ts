// search's CSV and JSON written as the places are found, a document at a time: a common word has hundreds of
// thousands of places, and holding them all (with their context, rows and the rendered text) took gigabytes.
import { renderCsv } from "../csv/index.js";
import { inContext, type Place, type Query } from "../explore/index.js";
import {
  countPlacesByPlan,
  locatePlaces,
  placesByDocument,
} from "../explore/store/index.js";
import type { Db } from "../store/index.js";
import { inLocations } from "../locate/index.js";
import type { locationsOption } from "./option-values.js";

/** Columns of a search place, as `mentions` has them (plan, document, page, left | match | right), then extras. */
export const PLACE_COLUMNS = [
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

/** What a streamed search reads: the query's scope and how its places are shown. */
export type StreamOptions = {
  readonly plan?: string | undefined;
  readonly concept?: string | undefined;
  readonly context: number;
  readonly limit: number | undefined;
  readonly locations: ReturnType<typeof locationsOption>;
};

type Row = Record<string, string | number>;

/** Every place of the query in the chosen locations, a document's at a time (located only when --location asks). */
function* placesInLocations(
  db: Db,
  query: Query,
  options: StreamOptions,
): Generator<Place[]> {
  for (const group of placesByDocument(db, query, options)) {
    const { locations } = options;
    yield locations === undefined
      ? group
      : locatePlaces(db, group).filter((p) =>
          inLocations(locations, p.location),
        );
  }
}

/**
 * The rows of the places `--limit` shows, a document's at a time, with their location and context; `seen.places`
 * counts the places found, so that none found can be told.
 */
function* placeRows(
  db: Db,
  query: Query,
  options: StreamOptions,
  seen: { places: number },
): Generator<Row[]> {
  let left =
    options.limit === undefined ? Infinity : Math.max(0, options.limit);
  for (const group of placesInLocations(db, query, options)) {
    seen.places += group.length;
    if (left === 0) return;
    const shown = locatePlaces(db, group.slice(0, left));
    left -= shown.length;
    if (shown.length > 0)
      yield inContext(shown, options.context).map((p) =>
        Object.fromEntries(PLACE_COLUMNS.map((c) => [c, p[c]])),
      );
  }
}

/** The CSV of the places shown, a document's rows at a time: the same bytes as renderCsv of them all. */
export function* searchCsv(
  db: Db,
  query: Query,
  options: StreamOptions,
  seen: { places: number },
): Generator<string> {
  let isFirst = true;
  for (const rows of placeRows(db, query, options, seen)) {
    yield renderCsv(
      PLACE_COLUMNS,
      rows,
      isFirst ? {} : { bom: false, header: false },
    );
    isFirst = false;
  }
  if (isFirst) yield renderCsv(PLACE_COLUMNS, []);
}

/**
 * The JSON of the search, places a document's at a time: the same bytes as JSON.stringify(…, null, 2) of it all.
 * The counts come before the places, so the places are found twice: counted first, then written.
 */
export function* searchJson(
  db: Db,
  query: Query,
  options: StreamOptions,
  head: { readonly query: string; readonly mode: string },
  seen: { places: number },
): Generator<string> {
  const perPlan = countPlacesByPlan(
    db,
    (function* () {
      for (const group of placesInLocations(db, query, options)) yield* group;
    })(),
    options.plan,
  );
  const whole = JSON.stringify(
    {
      ...head,
      matches: perPlan.counts.reduce((sum, c) => sum + c.matches, 0),
      plans: perPlan.counts.length,
      plansWithMatches: perPlan.plansWithMatches,
      perPlan: perPlan.counts,
      places: [],
    },
    null,
    2,
  );
  let opened = false;
  for (const rows of placeRows(db, query, options, seen)) {
    const items = rows.map((r) =>
      JSON.stringify(r, null, 2).replace(/^/gm, "    "),
    );
    yield `${opened ? ",\n" : `${whole.slice(0, -"[]\n}".length)}[\n`}${items.join(",\n")}`;
    opened = true;
  }
  yield opened ? "\n  ]\n}\n" : `${whole}\n`;
}
