import type { Span } from "../types.js";

/** A phrase found in one reading of a page, before overlaps are resolved. */
export type Candidate = {
  readonly termId: string;
  readonly span: Span;
  /** Number of tokens the phrase has: the more, the more specific the term. */
  readonly tokenCount: number;
  /** Position of the term in the lexicon, the last tie-break. */
  readonly termOrder: number;
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Spec §Tokens, overlapping matches: the longest span wins and is ONE mention, attributed to the most
 * specific term. "Longest" is measured in tokens, then in raw characters; ties go to the earlier start,
 * then to the term listed first. Candidates from both hyphen readings meet here, so a phrase found in
 * both is kept once. Returns the winners in page order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.tokenCount - a.tokenCount ||
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      a.span.start - b.span.start ||
      a.termOrder - b.termOrder,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => overlaps(k.span, c.span))) kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
