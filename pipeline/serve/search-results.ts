// The places of a workbench search, found once and kept while the database stays as it was: paging, sorting
// again, the dispersion plot and the download of the same search then find nothing again.
import {
  countByPlan,
  inContext,
  sortConcordance,
  type Place,
  type PlaceInContext,
  type Query,
} from "../explore/index.js";
import {
  countPlacesByPlan,
  locatePlaces,
  placesInLocations,
  type ShownPlace,
} from "../explore/store/index.js";
import type { Location } from "../types.js";
import type { SearchMode } from "./api-types.js";
import {
  corpusFacts,
  sourceOfClass,
  type CorpusFacts,
} from "./corpus-facts.js";
import type { AppContext } from "./app-context.js";

/** A search as asked: the query and where to look (each filter undefined: anywhere). */
export type SearchAsked = {
  readonly query: Query;
  readonly text: string;
  readonly mode: SearchMode;
  readonly plan: string | undefined;
  readonly concept: string | undefined;
  readonly locations: ReadonlySet<Location> | undefined;
  readonly region: string | undefined;
  readonly source: "text" | "ocr" | undefined;
  /** Words of context each side. */
  readonly context: number;
};

/** A place with the words around it. */
type Line = Place & PlaceInContext & { readonly location?: Location };

/** What a search found: its places in corpus order, counted per plan, in any order asked. */
export type SearchFound = {
  readonly places: readonly (Place & { readonly location?: Location })[];
  readonly perPlan: ReturnType<typeof countByPlan>;
  /** Every place with its context, or null past `deadline` (ms since the epoch). */
  readonly withContext: (deadline: number) => readonly Line[] | null;
  /** The places sorted by `keys` (none: corpus order), or null past `deadline`. */
  readonly sorted: (
    keys: readonly string[],
    deadline: number,
  ) => readonly (Place & { readonly location?: Location })[] | null;
  /** Places `from` to `to` of a sorted list with their context, location, source and region. */
  readonly shown: (
    list: readonly (Place & { readonly location?: Location })[],
  ) => (ShownPlace & { source: "text" | "ocr"; region: string })[];
};

/** Places worked out a chunk at a time, so that the clock is read between chunks. */
const CHUNK = 2000;

/** Whether a place passes the filters the CLI's search has no option for: the plan's region, the page's source. */
const passesExtraFilters =
  (asked: SearchAsked, facts: CorpusFacts) => (p: Place) =>
    (asked.region === undefined ||
      facts.regions.get(p.plan_id) === asked.region) &&
    (asked.source === undefined ||
      sourceOfClass(facts.classesOf(p.document)[p.page - 1]) === asked.source);

/** The places of `asked` in corpus order, a document's at a time; null when `deadline` passes first. */
function findPlaces(
  app: AppContext,
  asked: SearchAsked,
  facts: CorpusFacts,
  deadline: number,
): (Place & { readonly location?: Location })[] | null {
  const keep = passesExtraFilters(asked, facts);
  const places: Place[] = [];
  for (const group of placesInLocations(app.options.db, asked.query, asked)) {
    for (const p of group) if (keep(p)) places.push(p);
    if (Date.now() > deadline) return null;
  }
  return places;
}

/** Places per plan over every plan the filters leave, as `search` counts them (its `perPlan`). */
function countPerPlan(
  app: AppContext,
  asked: SearchAsked,
  facts: CorpusFacts,
  places: readonly Place[],
): ReturnType<typeof countByPlan> {
  if (asked.region === undefined)
    return countPlacesByPlan(app.options.db, places, asked.plan);
  const plans = [...facts.regions]
    .filter(
      ([plan, region]) =>
        region === asked.region &&
        (asked.plan === undefined || plan === asked.plan),
    )
    .map(([plan]) => plan);
  return countByPlan(places, plans);
}

/** `list` with context, a chunk at a time; null past `deadline`. */
function contextBefore<P extends Place>(
  list: readonly P[],
  words: number,
  deadline: number,
): (P & PlaceInContext)[] | null {
  const out: (P & PlaceInContext)[] = [];
  for (let i = 0; i < list.length; i += CHUNK) {
    out.push(...inContext(list.slice(i, i + CHUNK), words));
    if (Date.now() > deadline) return null;
  }
  return out;
}

/** The search of `asked` (kept while the database stays as it was); null when `deadline` passes first. */
export function findSearch(
  app: AppContext,
  asked: SearchAsked,
  deadline: number,
): SearchFound | null {
  const { query: _compiled, ...key } = asked;
  return app.answers.get(
    `search ${JSON.stringify({ ...key, locations: [...(asked.locations ?? [])] })}`,
    () => {
      const facts = corpusFacts(app.options.db, app.answers);
      const places = findPlaces(app, asked, facts, deadline);
      return places === null ? null : foundOf(app, asked, facts, places);
    },
  );
}

function foundOf(
  app: AppContext,
  asked: SearchAsked,
  facts: CorpusFacts,
  places: readonly (Place & { readonly location?: Location })[],
): SearchFound {
  let lines: readonly Line[] | null = null;
  const sorts = new Map<string, readonly Line[]>();
  const withContext = (deadline: number) =>
    (lines ??= contextBefore(places, asked.context, deadline));
  return {
    places,
    perPlan: countPerPlan(app, asked, facts, places),
    withContext,
    sorted: (keys, deadline) => {
      if (keys.length === 0) return places;
      const known = sorts.get(keys.join(","));
      if (known !== undefined) return known;
      const all = withContext(deadline);
      if (all === null) return null;
      const sorted = sortConcordance(all, keys);
      sorts.set(keys.join(","), sorted);
      return sorted;
    },
    shown: (list) => {
      const located = list.every((p) => p.location !== undefined)
        ? (list as (Place & { location: Location })[])
        : locatePlaces(app.options.db, list);
      return inContext(located, asked.context).map((p) => ({
        ...p,
        source: sourceOfClass(facts.classesOf(p.document)[p.page - 1]),
        region: facts.regions.get(p.plan_id) ?? "",
      }));
    },
  };
}
