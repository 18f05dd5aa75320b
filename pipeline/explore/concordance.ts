import { inLocations } from "../locate/index.js";
import type { Location } from "../types.js";
import { inContext, type Place, type PlaceInContext } from "./search.js";

/** What a concordance line is sorted by: its corpus order, its term and the words each side of the match. */
export type ConcordanceLine = {
  /** Corpus order, the `plan` sort. */
  readonly order: number;
  readonly term_id: string;
  readonly left: string;
  readonly right: string;
};

/** Words nearest the match first, as a concordancer sorts: L1, L2, ... or R1, R2, ... */
export const leftKey = (m: Pick<ConcordanceLine, "left">) =>
  m.left.toLowerCase().split(" ").reverse().join(" ");

/** The orders of a concordance (`--sort`), each tied by corpus order. */
export const CONCORDANCE_SORTS = {
  plan: (a: ConcordanceLine, b: ConcordanceLine) => a.order - b.order,
  term: (a: ConcordanceLine, b: ConcordanceLine) =>
    a.term_id.localeCompare(b.term_id) || a.order - b.order,
  left: (a: ConcordanceLine, b: ConcordanceLine) =>
    leftKey(a).localeCompare(leftKey(b)) || a.order - b.order,
  right: (a: ConcordanceLine, b: ConcordanceLine) =>
    a.right.toLowerCase().localeCompare(b.right.toLowerCase()) ||
    a.order - b.order,
} as const;

export type ConcordanceSort = keyof typeof CONCORDANCE_SORTS;

/** A stored mention as `mentions` filters it. */
type FilteredMention = ConcordanceLine & {
  readonly plan_id: string;
  readonly concept: string;
  readonly verdict: string;
  readonly location: Location | null;
};

/** What `mentions` keeps: each filter given (undefined: any), the locations, and the sort. */
export type MentionFilter = {
  readonly plan: string | undefined;
  readonly term: string | undefined;
  readonly concept: string | undefined;
  readonly verdict: string | undefined;
  readonly locations: ReadonlySet<Location> | undefined;
  readonly sort: ConcordanceSort;
};

/** The mentions that pass every filter, sorted. */
export function selectMentions<M extends FilteredMention>(
  all: readonly M[],
  filter: MentionFilter,
): M[] {
  return all
    .filter((m) => filter.plan === undefined || m.plan_id === filter.plan)
    .filter((m) => filter.term === undefined || m.term_id === filter.term)
    .filter((m) => filter.concept === undefined || m.concept === filter.concept)
    .filter((m) => filter.verdict === undefined || m.verdict === filter.verdict)
    .filter((m) => inLocations(filter.locations, m.location))
    .sort(CONCORDANCE_SORTS[filter.sort]);
}

/** How search's places are shown: their order, the words of context, and how many (`--limit`; undefined: all). */
export type ShowOptions = {
  readonly sort: Exclude<ConcordanceSort, "term">;
  readonly context: number;
  readonly limit: number | undefined;
};

/**
 * The places in the order asked for, and the ones `--limit` shows, with their context. Only a sort by the words
 * beside the places reads the context of all of them; else only the shown ones get it: a common word has
 * thousands of places and an analyst sees a few.
 */
export function orderAndShow<P extends Place>(
  list: readonly P[],
  options: ShowOptions,
): { places: readonly P[]; shown: readonly (P & PlaceInContext)[] } {
  const limited = <T>(l: readonly T[]) =>
    options.limit === undefined ? l : l.slice(0, Math.max(0, options.limit));
  // Places come in corpus order, the `plan` sort.
  if (options.sort === "plan")
    return { places: list, shown: inContext(limited(list), options.context) };
  const places = inContext(list, options.context).sort(
    CONCORDANCE_SORTS[options.sort],
  );
  return { places, shown: limited(places) };
}
