import { STOPWORDS } from "../match/index.js";
import type { Span } from "../types.js";
import { logLikelihood, mutualInformation } from "./association.js";
import { tokenRange, type PageToken } from "./page-tokens.js";

/** A word near the places of a query, with its figures. */
export type Collocate = {
  readonly word: string;
  /** Times it stands within the window of a place (O11). */
  readonly near: number;
  /** Times it stands in the corpus (C1). */
  readonly corpus: number;
  readonly mi: number;
  readonly llr: number;
};

/** A page with the places found on it. */
export type PageWithPlaces = {
  readonly tokens: readonly PageToken[];
  readonly places: readonly Span[];
};

/** How collocates are counted and which are kept. */
export type CollocateOptions = {
  /** Tokens each side of a place. @default 5 */
  readonly windowTokens: number;
  /** Least O11 a collocate needs to be listed. @default 3 */
  readonly minCount: number;
  readonly by: "mi" | "llr" | "count";
  /** Leave out natural's English stopwords. */
  readonly dropStopwords: boolean;
};

/**
 * Words within `windowTokens` tokens either side of each place (on its page; the place's own tokens are not
 * counted), as AntConc's Collocates tool counts them: each place's window on its own, so a word between two close
 * places counts once for each. `corpusCounts` and `corpusTokens` are the word list of the whole corpus (C1, N).
 */
export function collocates(
  pages: Iterable<PageWithPlaces>,
  corpusCounts: ReadonlyMap<string, number>,
  corpusTokens: number,
  options: CollocateOptions,
): { collocates: Collocate[]; windowTokens: number; places: number } {
  const near = new Map<string, number>();
  let r1 = 0;
  let places = 0;
  for (const page of pages) {
    for (const span of page.places) {
      const range = tokenRange(page.tokens, span);
      if (range === null) continue;
      places++;
      const [first, last] = range;
      const from = Math.max(0, first - options.windowTokens);
      const to = Math.min(page.tokens.length - 1, last + options.windowTokens);
      for (let i = from; i <= to; i++) {
        if (i >= first && i <= last) continue;
        const word = (page.tokens[i] as PageToken).word;
        r1++;
        near.set(word, (near.get(word) ?? 0) + 1);
      }
    }
  }
  const list = [...near]
    .filter(
      ([w, o11]) =>
        o11 >= options.minCount && !(options.dropStopwords && STOPWORDS.has(w)),
    )
    .map(([word, o11]): Collocate => {
      const c1 = Math.max(o11, corpusCounts.get(word) ?? o11);
      const a = { o11, r1, c1, n: Math.max(corpusTokens, r1) };
      return {
        word,
        near: o11,
        corpus: c1,
        mi: mutualInformation(a),
        llr: logLikelihood(a),
      };
    });
  const key = options.by === "count" ? "near" : options.by;
  list.sort(
    (a, b) =>
      b[key] - a[key] || b.near - a.near || a.word.localeCompare(b.word),
  );
  return { collocates: list, windowTokens: r1, places };
}
