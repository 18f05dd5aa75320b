// The browser audit's list of mentions: the order it is read in and its text filter. Pure.

/** Where a mention stands: plan, document (path in the corpus), page (1-based), start (offset into the page). */
export type MentionOrderKey = {
  readonly plan_id: string;
  readonly document: string;
  readonly page: number;
  readonly start: number;
};

// Numbers inside names compare as numbers too ("doc-2" before "doc-10"); a fixed locale keeps the order the same
// on every machine.
const collator = new Intl.Collator("en", { numeric: true });

/** Orders mentions by plan, then document, then page as a number (p5 before p11), then position on the page. */
export function compareMentionPlaces(
  a: MentionOrderKey,
  b: MentionOrderKey,
): number {
  return (
    collator.compare(a.plan_id, b.plan_id) ||
    collator.compare(a.document, b.document) ||
    a.page - b.page ||
    a.start - b.start
  );
}

/**
 * Whether `text` holds every word of `query`, ignoring case (an empty query keeps everything). The list passes
 * the plan's id and name, the document and the passage, so an analyst finds a plan or words near a mention.
 */
export function matchesFilter(text: string, query: string): boolean {
  return hasWords(searchableText(text), queryWords(query));
}

/** Text as the filter reads it: lower case, each run of whitespace one space (the audit app keeps it). */
export const searchableText = (text: string): string =>
  text.toLowerCase().replace(/\s+/g, " ");

/** The words of a filter query, lower case; none for an empty query. */
export const queryWords = (query: string): string[] =>
  query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "");

/** Whether text made by `searchableText` holds every one of `words` (made by `queryWords`). */
export const hasWords = (searchable: string, words: readonly string[]) =>
  words.every((word) => searchable.includes(word));
