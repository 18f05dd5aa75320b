import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";

// Page text repeats the same few thousand words, so a cache makes stemming almost free.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** Spec §Tokens: natural's Porter stem of a token, lower-cased ("Values" → "valu"). */
export function stem(token: string): string {
  // Keyed by the token as written: most tokens recur with the same case, so most calls skip toLowerCase too.
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(token.toLowerCase());
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, stemmed);
  }
  return stemmed;
}
