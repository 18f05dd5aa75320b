import { normalise, tokenise } from "../normalise/index.js";
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

/**
 * The tokens of a page in its joined reading (spec §Normalisation 4: line-end hyphens joined), spans into the raw
 * text. Word lists, collocates and clusters count this one reading, so a word is never counted twice.
 */
export function pageTokens(raw: string): PageToken[] {
  const reading = normalise(raw);
  const tokens = tokenise(reading.text);
  return tokens.map((t, i) => {
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
