import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";

// Page text repeats the same few thousand words, so a cache makes stemming almost free.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** True when the token ends in a-z: every rule of the Porter stemmer rewrites such an ending, and only such. */
const mayHaveSuffix = (lower: string) => {
  const last = lower.charCodeAt(lower.length - 1);
  return last >= 0x61 && last <= 0x7a;
};

/** Spec §Tokens: natural's Porter stem of a token, lower-cased ("Values" → "valu"). */
export function stem(token: string): string {
  // Keyed by the token as written: most tokens recur with the same case, so most calls skip toLowerCase too.
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    const lower = token.toLowerCase();
    // Numbers, and words of other scripts (each CJK run is a token of its own), are their own stem: skipping
    // the stemmer, and the cache, for them keeps both for words it can change.
    if (!mayHaveSuffix(lower)) return lower;
    stemmed = PorterStemmer.stem(lower);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, stemmed);
  }
  return stemmed;
}
