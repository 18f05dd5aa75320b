import {
  countByPlan,
  eachPlace,
  searchPages,
  type Place,
  type Query,
} from "../index.js";
import { locateInDocument } from "../../scan/index.js";
import { exploreTables, readPlanIds, type Db } from "../../store/index.js";
import { groupBy } from "../../group-by.js";
import type { Location } from "../../types.js";
import { pagesFor } from "./page-index.js";

/** Every place of a query in the corpus (or one plan), optionally only those inside a concept's mentions. */
export function searchCorpus(
  db: Db,
  query: Query,
  options: {
    readonly plan?: string | undefined;
    readonly concept?: string | undefined;
  },
): Place[] {
  const places = searchPages(
    pagesFor(db, query, options.plan),
    query,
    exploreTables.readMentionPlaces(db),
  );
  return options.concept === undefined
    ? places
    : places.filter((p) => p.concept === options.concept);
}

/**
 * searchCorpus a document at a time, in corpus order: each document's places (those inside the concept's
 * mentions, with `concept`), so only one document's are held at once however many the corpus has.
 */
export function* placesByDocument(
  db: Db,
  query: Query,
  options: Parameters<typeof searchCorpus>[2],
): Generator<Place[]> {
  let group: Place[] = [];
  for (const place of eachPlace(
    pagesFor(db, query, options.plan),
    query,
    exploreTables.readMentionPlaces(db),
  )) {
    if (options.concept !== undefined && place.concept !== options.concept)
      continue;
    if (group.length > 0 && group[0]?.document !== place.document) {
      yield group;
      group = [];
    }
    group.push(place);
  }
  if (group.length > 0) yield group;
}

/** Places per plan, over every plan of the database (or the one asked for), plans without places included. */
export function countPlacesByPlan(
  db: Db,
  places: Iterable<Pick<Place, "plan_id">>,
  plan: string | undefined,
): ReturnType<typeof countByPlan> {
  return countByPlan(places, plan === undefined ? readPlanIds(db) : [plan]);
}

/** Where each place stands in its document, worked out from its document's stored pages. */
export function locatePlaces<P extends Place>(
  db: Db,
  places: readonly P[],
): (P & { location: Location })[] {
  const byDocument = groupBy(places.keys(), (i) => (places[i] as P).document);
  const located: Location[] = [];
  for (const [document, at] of byDocument) {
    const found = locateInDocument(
      db,
      document,
      at.map((i) => ({
        page: (places[i] as Place).page,
        start: (places[i] as Place).start,
      })),
    );
    at.forEach((i, k) => (located[i] = found[k] ?? "body"));
  }
  return places.map((p, i) => ({ ...p, location: located[i] ?? "body" }));
}
