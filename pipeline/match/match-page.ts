import type { Mention, PageStems, PageText } from "../types.js";
import {
  eachReading,
  normaliseReadings,
  tokenise,
  type Normalised,
  type Token,
} from "../normalise/index.js";
import type { CompiledLexicon, CompiledTerm } from "./lexicon.js";
import { resolveOverlaps, type Candidate } from "./resolve-overlaps.js";
import { isJoiningSeparator } from "./separator.js";
import { stem, stemEntry, stemInitial } from "./stem.js";
import { PairKeys, pairFilter, pairKey } from "./stem-pairs.js";
import { tokenMatches } from "./token-pattern.js";

/**
 * The tokens a compound reading adds to the joined one: those next to a line-end hyphen it kept (the word
 * before it, the word after), by index in `tokens`, in order. Every other token of the compound reading is a
 * token of the joined reading with the same raw span, and so is every phrase made of them.
 */
function junctionTokens(
  tokens: readonly Token[],
  junctions: readonly number[],
): number[] {
  const found: number[] = [];
  // A word between two junctions ("a-\nb-\nc") is beside both: listed once.
  const add = (j: number) => {
    if (found[found.length - 1] !== j) found.push(j);
  };
  let j = 0;
  for (const hyphen of junctions) {
    while (j < tokens.length && (tokens[j] as Token).end < hyphen) j++;
    if (j < tokens.length && (tokens[j] as Token).end === hyphen) add(j);
    while (j < tokens.length && (tokens[j] as Token).start <= hyphen) j++;
    if (j < tokens.length && (tokens[j] as Token).start === hyphen + 1) add(j);
  }
  return found;
}

/**
 * Where a phrase may start in a reading, as [from, to) ranges of token indices: every token, or, given the
 * junction tokens `near` of a compound reading, only those from which a phrase of the lexicon's longest length
 * can reach one; a phrase that reaches none was found in the joined reading already.
 */
function startRanges(
  count: number,
  near: readonly number[] | null,
  longest: number,
): [number, number][] {
  if (near === null) return [[0, count]];
  const ranges: [number, number][] = [];
  for (const t of near) {
    const from = Math.max(0, t - longest + 1);
    const last = ranges[ranges.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = t + 1;
    else ranges.push([from, t + 1]);
  }
  return ranges;
}

/** What a page's readings hold, gathered while they are searched: every stem, and every pair side by side. */
type SeenStems = { readonly stems: Set<string>; readonly pairs: PairKeys };

/**
 * Adds to `seen` the stems this reading holds: all of them, or those of the words beside its junctions (`near`);
 * and so the pairs: every pair of neighbours, or those with a word beside a junction in them (any other pair of
 * the compound reading stands in the joined one too). Each stem worked out is kept in `tokenStems`.
 */
function recordStems(
  tokens: readonly Token[],
  near: readonly number[] | null,
  seen: SeenStems,
  tokenStems: (string | undefined)[],
  stemAt: (j: number) => string | undefined,
): void {
  if (near === null) {
    let before = 0;
    for (let j = 0; j < tokens.length; j++) {
      const entry = stemEntry((tokens[j] as Token).text);
      tokenStems[j] = entry.stem;
      seen.stems.add(entry.stem);
      if (j > 0) seen.pairs.add(pairKey(before, entry.hash));
      before = entry.hash;
    }
    return;
  }
  const hashAt = (j: number) => stemEntry((tokens[j] as Token).text).hash;
  for (const j of near) {
    seen.stems.add(stemAt(j) as string);
    if (j > 0) seen.pairs.add(pairKey(hashAt(j - 1), hashAt(j)));
    if (j + 1 < tokens.length)
      seen.pairs.add(pairKey(hashAt(j), hashAt(j + 1)));
  }
}

/** The two questions matching asks of a reading's tokens, over its text and the stems worked out so far. */
function tokenTests(
  text: string,
  tokens: readonly Token[],
  stemAt: (j: number) => string | undefined,
) {
  return {
    /** May a phrase run on from token k to token k + 1? Asked only where a phrase has started. */
    joins: (k: number): boolean => {
      const here = tokens[k];
      const next = tokens[k + 1];
      return (
        here !== undefined &&
        next !== undefined &&
        isJoiningSeparator(text.slice(here.end, next.start))
      );
    },
    /** Does token j fit pattern k of a term? Stems are compared directly: the hot path of every scan. */
    fits: (term: CompiledTerm, k: number, j: number): boolean => {
      const p = term.patterns[k];
      if (p === undefined) return false;
      if (p.kind === "stem") return stemAt(j) === p.stem;
      return tokenMatches(p, tokens[j]?.text ?? "", stemAt(j) ?? "");
    },
  };
}

/**
 * Every term found in one normalised reading (spans mapped back to raw offsets); adds its stems and adjacent stem
 * pairs to `seen`. With `seen` null, only the tokens that may start a term (stemInitial) and those after them are stemmed.
 * With `afterJoined`, the reading is the compound one and the joined reading has been searched (and its stems
 * added) already: only what the compound reading adds is looked at (see junctionTokens).
 */
function findCandidates(
  reading: Normalised,
  lexicon: CompiledLexicon,
  seen: SeenStems | null,
  afterJoined = false,
): Candidate[] {
  const tokens = tokenise(reading.text);
  const near =
    afterJoined && reading.junctions !== undefined
      ? junctionTokens(tokens, reading.junctions)
      : null;
  const tokenStems: (string | undefined)[] = [];
  const stemAt = (j: number): string | undefined => {
    const token = tokens[j];
    if (token === undefined) return undefined;
    return (tokenStems[j] ??= stem(token.text));
  };
  if (seen !== null) recordStems(tokens, near, seen, tokenStems, stemAt);
  const { joins, fits } = tokenTests(reading.text, tokens, stemAt);
  const found: Candidate[] = [];
  const others = lexicon.otherFirst;
  const skipByInitial = seen === null && others.length === 0;
  for (const [from, to] of startRanges(tokens.length, near, lexicon.longest))
    for (let i = from; i < to; i++) {
      if (
        skipByInitial &&
        !lexicon.initials.has(stemInitial((tokens[i] as Token).text))
      )
        continue;
      const starting = lexicon.byFirstStem.get(stemAt(i) as string) ?? [];
      const candidates =
        others.length === 0
          ? starting
          : [...starting, ...others.filter((t) => fits(t, 0, i))];
      for (const term of candidates) {
        const n = term.patterns.length;
        let k = 1;
        while (k < n && fits(term, k, i + k) && joins(i + k - 1)) k++;
        if (k < n) continue;
        const startToken = tokens[i];
        const endToken = tokens[i + n - 1];
        if (startToken === undefined || endToken === undefined) continue;
        found.push({
          termId: term.term.id,
          span: {
            start: reading.toRaw[startToken.start] as number,
            end: reading.toRawEnd[endToken.end - 1] as number,
          },
          tokenCount: n,
          termOrder: term.order,
        });
      }
    }
  return found;
}

/**
 * What matching learns about a page: its mentions, every stem it holds (in either hyphen reading), and the filter
 * of its adjacent stem pairs (stem-pairs.ts).
 */
export type PageAnalysis = PageStems & {
  readonly mentions: Mention[];
  /** The page's normalised text (the joined reading); "" for a page without text. */
  readonly text: string;
};

/** The winners of a page's candidates (spec §Overlaps) as its mentions, in page order, spans into `page.raw`. */
const mentionsOf = (page: PageText, candidates: Candidate[]): Mention[] =>
  resolveOverlaps(candidates).map((c) => ({
    page: page.page,
    termId: c.termId,
    span: c.span,
    surface: page.raw.slice(c.span.start, c.span.end),
  }));

/**
 * Spec §Tokens and terms on one page: the mentions it holds, in page order, spans into `page.raw`. The stems
 * let a later lexicon edit skip every page that cannot hold a new term (a term needs all its stems on the page).
 */
export function analysePage(
  page: PageText,
  lexicon: CompiledLexicon,
): PageAnalysis {
  const seen: SeenStems = { stems: new Set(), pairs: new PairKeys() };
  if (!page.hasText)
    return {
      mentions: [],
      stems: seen.stems,
      pairs: pairFilter(seen.pairs),
      text: "",
    };
  const readings = normaliseReadings(page.raw);
  const candidates = readings.flatMap((reading, n) =>
    findCandidates(reading, lexicon, seen, n > 0),
  );
  return {
    mentions: mentionsOf(page, candidates),
    stems: seen.stems,
    pairs: pairFilter(seen.pairs),
    text: readings[0]?.text ?? "",
  };
}

/**
 * The mentions of one page, as analysePage finds them, without gathering its stems and pairs: then only the tokens
 * that may start a term are stemmed, which is what makes `search` on a common word quick.
 */
export function matchPage(page: PageText, lexicon: CompiledLexicon): Mention[] {
  if (!page.hasText) return [];
  return mentionsOf(
    page,
    normaliseReadings(page.raw).flatMap((reading, n) =>
      findCandidates(reading, lexicon, null, n > 0),
    ),
  );
}

/**
 * True when some term of `lexicon` occurs on the page in one of its readings, whether or not it would win its
 * overlaps. A page where none of a lexicon edit's new terms occurs keeps exactly the mentions it had.
 */
export function holdsAnyTerm(
  page: PageText,
  lexicon: CompiledLexicon,
): boolean {
  if (!page.hasText) return false;
  // Without offsets: the spans of what is found are not needed.
  let afterJoined = false;
  for (const reading of eachReading(page.raw, { offsets: false })) {
    if (findCandidates(reading, lexicon, null, afterJoined).length > 0)
      return true;
    afterJoined = true;
  }
  return false;
}
