import {
  normalise,
  tokenise,
  type HyphenReading,
  type Normalised,
} from "../normalise/index.js";
import { isJoiningSeparator, stem } from "../match/index.js";
import type { Span } from "../types.js";

/** A token of a page's joined reading: the word lower-cased, its stem, its raw span, and whether a phrase may run on. */
export type PageToken = {
  readonly word: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  /** True when the separator to the next token lets a phrase go on (spec §Tokens), so an n-gram may cross it. */
  readonly joinsNext: boolean;
};

/** The places the matcher found on a page, and whether it finds one in a text read with no line-end hyphen. */
export type PlacesRead = {
  readonly places: readonly Span[];
  /** True when the matcher (the query, or the lexicon) finds a place in `text`, a reading's normalised text. */
  readonly holdsPlace: (text: string) => boolean;
};

/**
 * The tokens of a page, spans into the raw text, one reading of each line-end hyphen so a word is never counted
 * twice: the joined reading (spec §Normalisation 4), except inside a place that the matcher found only in the
 * compound reading: "so-\ncial value" is "social value" joined, but "social-\nvalue" is "social value" only
 * with its hyphen kept, and joined it would be "socialvalue". `read` says where the places are.
 */
export function pageTokens(raw: string, read?: PlacesRead): PageToken[] {
  const joined = tokensOf(raw, "joined");
  if (read === undefined || read.places.length === 0) return joined.tokens;
  const compound = tokensOf(raw, "compound");
  if (compound.junctions.length === 0) return joined.tokens;
  // Raw offsets of the kept hyphens inside a place the joined reading does not hold.
  const kept = compound.junctions.filter((at) =>
    read.places.some(
      (s) =>
        s.start <= at &&
        at < s.end &&
        !read.holdsPlace(normalise(raw.slice(s.start, s.end)).text),
    ),
  );
  if (kept.length === 0) return joined.tokens;
  const over = (t: PageToken) => kept.some((at) => t.start <= at && at < t.end);
  return joined.tokens.flatMap((t) =>
    over(t)
      ? compound.tokens.filter((c) => c.start >= t.start && c.end <= t.end)
      : [t],
  );
}

/** The tokens of one reading of the page, and the raw offsets of the line-end hyphens it kept (compound). */
function tokensOf(
  raw: string,
  hyphens: HyphenReading,
): { tokens: PageToken[]; junctions: number[] } {
  const reading: Normalised = normalise(raw, hyphens);
  const junctions = (reading.junctions ?? []).map(
    (i) => reading.toRaw[i] as number,
  );
  const tokens = tokenise(reading.text);
  const mapped = tokens.map((t, i): PageToken => {
    const next = tokens[i + 1];
    return {
      word: t.text.toLowerCase(),
      stem: stem(t.text),
      start: reading.toRaw[t.start] as number,
      end: reading.toRawEnd[t.end - 1] as number,
      joinsNext:
        next !== undefined &&
        isJoiningSeparator(reading.text.slice(t.end, next.start)),
    };
  });
  return { tokens: mapped, junctions };
}

/** The [first, last] token indices a raw span covers, or null when it covers none. */
export function tokenRange(
  tokens: readonly PageToken[],
  span: Span,
): readonly [number, number] | null {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.start < span.end && span.start < t.end) {
      if (first === -1) first = i;
      last = i;
    }
  });
  return first === -1 ? null : [first, last];
}

/**
 * The tokens outside the raw spans `left` (sorted or not): a token that overlaps one is dropped, and a phrase
 * never runs across the gap, since the words either side of a running header were never next to each other.
 */
export function tokensOutside(
  tokens: readonly PageToken[],
  left: readonly Span[],
): PageToken[] {
  if (left.length === 0) return [...tokens];
  const isLeft = (t: PageToken) =>
    left.some((s) => t.start < s.end && s.start < t.end);
  const kept: PageToken[] = [];
  tokens.forEach((t, i) => {
    if (isLeft(t)) return;
    const next = tokens[i + 1];
    kept.push(
      next !== undefined && t.joinsNext && isLeft(next)
        ? { ...t, joinsNext: false }
        : t,
    );
  });
  return kept;
}
