import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";

import { stemHash } from "./stem-pairs.js";

/** A token's stem with the stem's hash (stem-pairs.ts), worked out once for each distinct token. */
export type StemEntry = { readonly stem: string; readonly hash: number };

// Page text repeats the same few thousand words, so a cache makes stemming almost free.
const cache = new Map<string, StemEntry>();
const CACHE_LIMIT = 200_000;

/** True when the token ends in a-z: every rule of the Porter stemmer rewrites such an ending, and only such. */
const mayHaveSuffix = (lower: string) => {
  const last = lower.charCodeAt(lower.length - 1);
  return last >= 0x61 && last <= 0x7a;
};

/** Spec §Tokens: natural's Porter stem of a token, lower-cased ("Values" → "valu"), with its hash. */
export function stemEntry(token: string): StemEntry {
  // Keyed by the token as written: most tokens recur with the same case, so most calls skip toLowerCase too.
  let entry = cache.get(token);
  if (entry === undefined) {
    const lower = token.toLowerCase();
    // Numbers, and words of other scripts (each CJK run is a token of its own), are their own stem.
    const stemmed = mayHaveSuffix(lower) ? PorterStemmer.stem(lower) : lower;
    entry = { stem: stemmed, hash: stemHash(stemmed) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, entry);
  }
  return entry;
}

/** Spec §Tokens: natural's Porter stem of a token, lower-cased ("Values" → "valu"). */
export function stem(token: string): string {
  return stemEntry(token).stem;
}

/**
 * The first UTF-16 code unit of a token's stem, without stemming it. The Porter stemmer rewrites only endings and
 * always leaves at least one letter before them (every rule asks for a measure above 0 of what stays, or a vowel
 * in it), so a stem starts as the lower-cased token does: checked on each of the 38,487 distinct tokens of the three
 * shared corpora, and by a property test. Lower-casing the first code point alone gives the same first unit, as
 * no lower-case mapping depends on what follows the first letter.
 */
export function stemInitial(token: string): number {
  const c = token.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  return String.fromCodePoint(token.codePointAt(0) as number)
    .toLowerCase()
    .charCodeAt(0);
}
