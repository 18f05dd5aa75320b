import {
  CANDIDATE_PASSAGE_TOKENS,
  CANDIDATE_WINDOW_TOKENS,
} from "../defaults.js";
import { STOPWORDS } from "../match/index.js";
import type { Candidate, Span } from "../types.js";
import { signedKeyness } from "./keyness.js";
import { tokenRange, type PageToken } from "./page-tokens.js";

export type { Candidate };

/** A page as the candidate ranking reads it: its tokens, the concept's accepted passages on it, and its related mentions. */
export type CandidateInput = {
  readonly plan: string;
  readonly document: string;
  readonly page: number;
  /** The page's text as extracted (for the snippet). */
  readonly raw: string;
  /** Its tokens, running lines and contents left out (as suggest reads a page). */
  readonly tokens: readonly PageToken[];
  /** The concept's accepted passages on the page: its accepted mentions and the passages coded under it. */
  readonly passages: readonly Span[];
  /** Of them, the lexical mentions: their words are the term's, left out of the context (a coded passage's count). */
  readonly terms: readonly Span[];
  /** Mentions of the lexicon's related terms (not headline) on the page. */
  readonly related: readonly Span[];
  /** Whether the page is one to rank (a page of a plan with no headline mention, no passage coded on it). */
  readonly isCandidate: boolean;
};

/** How the ranking reads the pages. */
export type CandidateOptions = {
  /** Tokens each side of an accepted passage that make its context. @default CANDIDATE_WINDOW_TOKENS */
  readonly windowTokens?: number;
  /** Tokens of the passage each candidate page is scored on (its best run of this many). @default CANDIDATE_PASSAGE_TOKENS */
  readonly passageTokens?: number;
};

// G2 of 3.84 is significant at p < 0.05 (chi-squared, one degree of freedom): a related-term mention in a passage
// weighs as much as one word that is significantly more frequent in the contexts than elsewhere.
const RELATED_WEIGHT = 3.84;

// A stem seen once in the contexts is no evidence of a link to the concept (the keyness of a word seen once in a
// small target and never elsewhere is large by chance alone): it needs two places.
const MIN_CONTEXT_COUNT = 2;

const isContent = (t: PageToken) =>
  !STOPWORDS.has(t.word) && /\p{L}/u.test(t.word) && t.word.length > 2;

/** Token marks: 1 in an accepted passage's context, 2 a lexical mention's own words, 0 elsewhere. */
function markContexts(p: CandidateInput, w: number): Uint8Array {
  const marks = new Uint8Array(p.tokens.length);
  for (const span of p.passages) {
    const range = tokenRange(p.tokens, span);
    if (range === null) continue;
    marks.fill(
      1,
      Math.max(0, range[0] - w),
      Math.min(p.tokens.length, range[1] + w + 1),
    );
  }
  // A lexical mention's words are the term's own: a page holding them is a mention, not a candidate, and the
  // term's decoys ("social care", "social. Value") share them. A coded passage's words are the evidence itself.
  for (const span of p.terms) {
    const range = tokenRange(p.tokens, span);
    if (range !== null) marks.fill(2, range[0], range[1] + 1);
  }
  return marks;
}

/**
 * The stems of the accepted passages' contexts, weighed by their keyness there against the rest of the corpus
 * (signedKeyness: the content words within `w` tokens of a passage are the target, every other token of every page
 * the reference), kept when positive and seen at least twice in the contexts. What the concept's passages are
 * surrounded by that the rest of the corpus is not.
 */
export function conceptWeights(
  pages: readonly CandidateInput[],
  w: number,
): Map<string, number> {
  const inside = new Map<string, number>();
  const all = new Map<string, number>();
  let insideTokens = 0;
  let allTokens = 0;
  for (const p of pages) {
    const marks = markContexts(p, w);
    p.tokens.forEach((t, i) => {
      allTokens++;
      all.set(t.stem, (all.get(t.stem) ?? 0) + 1);
      if (marks[i] !== 1) return;
      insideTokens++;
      if (isContent(t)) inside.set(t.stem, (inside.get(t.stem) ?? 0) + 1);
    });
  }
  const weights = new Map<string, number>();
  for (const [stem, count] of inside) {
    if (count < MIN_CONTEXT_COUNT) continue;
    const keyness = signedKeyness({
      targetCount: count,
      targetWords: insideTokens,
      referenceCount: (all.get(stem) ?? 0) - count,
      referenceWords: allTokens - insideTokens,
    });
    if (keyness > 0) weights.set(stem, keyness);
  }
  return weights;
}

/** The score of tokens [from, to) of a page: each weighted stem once, and each related-term mention starting there. */
function scoreRun(
  tokens: readonly PageToken[],
  from: number,
  to: number,
  weights: ReadonlyMap<string, number>,
  relatedAt: ReadonlySet<number>,
): number {
  const seen = new Set<string>();
  let score = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as PageToken;
    const weight = weights.get(t.stem);
    if (weight !== undefined && isContent(t) && !seen.has(t.stem)) {
      seen.add(t.stem);
      score += weight;
    }
    if (relatedAt.has(i)) score += RELATED_WEIGHT;
  }
  return score;
}

/** A page's best run of `n` tokens (scoreRun), with its shared words and its text; null when it shares nothing. */
function bestPassage(
  p: CandidateInput,
  weights: ReadonlyMap<string, number>,
  n: number,
): Omit<Candidate, "plan" | "document" | "page"> | null {
  const relatedAt = new Set(
    p.related.flatMap((s) => {
      const r = tokenRange(p.tokens, s);
      return r === null ? [] : [r[0]];
    }),
  );
  let best = { score: 0, from: 0, to: 0 };
  const lastStart = Math.max(0, p.tokens.length - n);
  for (let from = 0; from <= lastStart; from++) {
    const to = Math.min(p.tokens.length, from + n);
    const score = scoreRun(p.tokens, from, to, weights, relatedAt);
    if (score > best.score) best = { score, from, to };
  }
  if (best.score <= 0) return null;
  const run = p.tokens.slice(best.from, best.to);
  const shared = new Map(
    run
      .filter((t) => isContent(t) && weights.has(t.stem))
      .map((t) => [t.stem, t.word] as const),
  );
  const first = run[0] as PageToken;
  const last = run[run.length - 1] as PageToken;
  return {
    score: best.score,
    words: [...shared]
      .sort((a, b) => (weights.get(b[0]) ?? 0) - (weights.get(a[0]) ?? 0))
      .slice(0, 6)
      .map(([, word]) => word),
    related: run.filter((_, i) => relatedAt.has(best.from + i)).length,
    snippet: p.raw.slice(first.start, last.end).replace(/\s+/g, " "),
  };
}

/**
 * The candidate pages ranked by how closely they resemble the concept's accepted passages (spec v2.1 points 4 and
 * 5: what an analyst reads and codes first): each page is scored on its best passage of `passageTokens` tokens,
 * summing the keyness weights (conceptWeights) of the distinct stems it shares with the passages' contexts, and
 * RELATED_WEIGHT for each related-term mention in it. Highest first, ties in the pages' order; pages that share
 * nothing are left out.
 */
export function rankCandidates(
  pages: readonly CandidateInput[],
  options: CandidateOptions = {},
): Candidate[] {
  const weights = conceptWeights(
    pages,
    options.windowTokens ?? CANDIDATE_WINDOW_TOKENS,
  );
  const n = options.passageTokens ?? CANDIDATE_PASSAGE_TOKENS;
  const ranked: Candidate[] = [];
  for (const p of pages) {
    if (!p.isCandidate) continue;
    const passage = bestPassage(p, weights, n);
    if (passage !== null)
      ranked.push({
        plan: p.plan,
        document: p.document,
        page: p.page,
        ...passage,
      });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
