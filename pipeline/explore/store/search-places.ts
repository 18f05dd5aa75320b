// What `search` shows of a query's places: all of them sorted and counted per plan, or (for CSV and JSON in corpus
// order) a document's at a time, as they are found: a common word has hundreds of thousands of places, and holding
// them all (with their context, rows and the rendered text) took gigabytes.
import { inLocations } from "../../locate/index.js";
import type { Db } from "../../store/index.js";
import type { Location } from "../../types.js";
import {
  inContext,
  orderAndShow,
  type Place,
  type PlaceInContext,
  type Query,
  type ShowOptions,
} from "../index.js";
import {
  countPlacesByPlan,
  locatePlaces,
  placesByDocument,
  searchCorpus,
} from "./search-corpus.js";

/** A place as search shows it: with its context and where it stands in its document. */
export type ShownPlace = PlaceInContext & { readonly location: Location };

/** What search found: every place, the ones shown (--limit), and the count per plan. */
export type SearchResult = {
  readonly places: readonly Place[];
  readonly shown: readonly ShownPlace[];
  readonly perPlan: ReturnType<typeof countPlacesByPlan>;
};

/** Where search looks (`--plan`, `--concept`, `--location`; undefined: anywhere). */
export type SearchScope = {
  readonly plan?: string | undefined;
  readonly concept?: string | undefined;
  readonly locations: ReadonlySet<Location> | undefined;
};

/**
 * The places of the query in the chosen locations, sorted; the ones `--limit` shows; the count per plan. Locating
 * a place reads its page's boxes, so without --location only the places shown are located.
 */
export function searchPlaces(
  db: Db,
  query: Query,
  options: SearchScope & ShowOptions,
): SearchResult {
  const found = (ordered: Pick<SearchResult, "places" | "shown">) => ({
    ...ordered,
    perPlan: countPlacesByPlan(db, ordered.places, options.plan),
  });
  const all = searchCorpus(db, query, options);
  const { locations } = options;
  if (locations === undefined) {
    const { places, shown } = orderAndShow(all, options);
    return found({ places, shown: locatePlaces(db, shown) });
  }
  return found(
    orderAndShow(
      locatePlaces(db, all).filter((p) => inLocations(locations, p.location)),
      options,
    ),
  );
}

/** Every place of the query in the chosen locations, a document's at a time (located only when --location asks). */
export function* placesInLocations(
  db: Db,
  query: Query,
  scope: SearchScope,
): Generator<Place[]> {
  const { locations } = scope;
  for (const group of placesByDocument(db, query, scope))
    yield locations === undefined
      ? group
      : locatePlaces(db, group).filter((p) =>
          inLocations(locations, p.location),
        );
}

/** The count per plan of the query's places in the chosen locations, found a document's at a time. */
export const countSearchPlaces = (db: Db, query: Query, scope: SearchScope) =>
  countPlacesByPlan(
    db,
    (function* () {
      for (const group of placesInLocations(db, query, scope)) yield* group;
    })(),
    scope.plan,
  );

/**
 * The places `--limit` shows in corpus order, a document's at a time, with their location and context;
 * `seen.places` counts the places found, so that none found can be told.
 */
export function* shownPlacesByDocument(
  db: Db,
  query: Query,
  options: SearchScope & Pick<ShowOptions, "context" | "limit">,
  seen: { places: number },
): Generator<ShownPlace[]> {
  let left =
    options.limit === undefined ? Infinity : Math.max(0, options.limit);
  for (const group of placesInLocations(db, query, options)) {
    seen.places += group.length;
    if (left === 0) return;
    const shown = locatePlaces(db, group.slice(0, left));
    left -= shown.length;
    if (shown.length > 0) yield inContext(shown, options.context);
  }
}
