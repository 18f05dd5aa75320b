import { groupBy } from "../group-by.js";
import { contextAround } from "../match/index.js";
import type { Span } from "../types.js";
import { findPlaces } from "./find-places.js";
import type { Query } from "./query.js";

/** A stored page the search reads: where it is, and its text as extracted. */
export type SearchPage = {
  readonly plan: string;
  readonly document: string;
  readonly page: number;
  /** Pages of the document (for its position in the dispersion plot). */
  readonly pages: number;
  readonly raw: string;
};

/** A stored mention's place, so a search place can say which lexicon term (if any) already counts it. */
export type CountedMention = {
  readonly document: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly term_id: string;
  readonly concept: string;
};

/** One place a query holds: the columns of `stp-scan mentions` (plan, document, page, left | match | right). */
export type Place = {
  readonly plan_id: string;
  readonly document: string;
  readonly page: number;
  readonly pages: number;
  /** [start, end) into the page text as extracted. */
  readonly start: number;
  readonly end: number;
  /** Characters of the page text, for the place's position along its page. */
  readonly pageLength: number;
  /** The page's text as extracted, shared by its places: their context is worked out from it when needed. */
  readonly pageText: string;
  readonly match: string;
  /** The stored mention the place overlaps, if the lexicon counts it: its term and concept, else "". */
  readonly term_id: string;
  readonly concept: string;
  /** Corpus order, the `plan` sort. */
  readonly order: number;
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A place with the words each side of it, as a keyword-in-context line shows it. */
export type PlaceInContext = Place & {
  readonly left: string;
  readonly right: string;
};

/** Every place of a query on the given pages, in corpus order. */
export function searchPages(
  pages: Iterable<SearchPage>,
  query: Query,
  mentions: readonly CountedMention[],
): Place[] {
  return Array.from(eachPlace(pages, query, mentions));
}

/** searchPages a place at a time, so a result of hundreds of thousands of places need not be held whole. */
export function* eachPlace(
  pages: Iterable<SearchPage>,
  query: Query,
  mentions: readonly CountedMention[],
): Generator<Place> {
  const byPage = groupBy(mentions, (m) => `${m.document}\u0000${m.page}`);
  let order = 0;
  for (const p of pages) {
    const stored = byPage.get(`${p.document}\u0000${p.page}`) ?? [];
    for (const span of findPlaces(p.raw, query)) {
      const mention = stored.find((m) => overlaps(m, span));
      yield {
        plan_id: p.plan,
        document: p.document,
        page: p.page,
        pages: p.pages,
        start: span.start,
        end: span.end,
        pageLength: p.raw.length,
        pageText: p.raw,
        match: p.raw.slice(span.start, span.end).replace(/\s+/g, " "),
        term_id: mention?.term_id ?? "",
        concept: mention?.concept ?? "",
        order: order++,
      };
    }
  }
}

/**
 * The places with `windowTokens` words each side. Kept apart from finding them because a common word has
 * thousands of places, and the context of all of them was a sixth of such a search when a few are shown.
 */
export function inContext<P extends Place>(
  places: readonly P[],
  windowTokens: number,
): (P & PlaceInContext)[] {
  return places.map((p) => ({
    ...p,
    ...contextAround(p.pageText, p, Math.max(0, windowTokens)),
  }));
}

/** Places per plan (every plan given, zero included) and how many plans have at least one. */
export function countByPlan(
  places: Iterable<Pick<Place, "plan_id">>,
  plans: readonly string[],
): { counts: { plan: string; matches: number }[]; plansWithMatches: number } {
  const counts = new Map(plans.map((p) => [p, 0]));
  for (const p of places)
    counts.set(p.plan_id, (counts.get(p.plan_id) ?? 0) + 1);
  const list = [...counts].map(([plan, matches]) => ({ plan, matches }));
  return {
    counts: list,
    plansWithMatches: list.filter((c) => c.matches > 0).length,
  };
}
