import { stem } from "../match/index.js";

/** One row of a word frequency list. */
export type WordCount = {
  /** The word lower-cased, or with `stems` its Porter stem. */
  readonly word: string;
  readonly count: number;
  /** Plans it occurs in. */
  readonly plans: number;
};

/** By count, then alphabetically: the order of a word list. */
const byCount = (a: WordCount, b: WordCount) =>
  b.count - a.count || a.word.localeCompare(b.word);

/**
 * A word frequency list (AntConc's Word List, quanteda's textstat_frequency) from per-page word counts: words of
 * at least `minLength` characters, by count, then alphabetically; with `stems`, words are grouped by stem.
 */
export function wordList(
  pages: Iterable<{
    readonly plan: string;
    readonly counts: Readonly<Record<string, number>>;
  }>,
  options: { readonly stems: boolean; readonly minLength: number },
): { words: WordCount[]; tokens: number } {
  const counts = new Map<string, number>();
  const plans = new Map<string, Set<string>>();
  let tokens = 0;
  for (const page of pages) {
    for (const [word, n] of Object.entries(page.counts)) {
      tokens += n;
      if ([...word].length < options.minLength) continue;
      const key = options.stems ? stem(word) : word;
      counts.set(key, (counts.get(key) ?? 0) + n);
      let seen = plans.get(key);
      if (seen === undefined) plans.set(key, (seen = new Set()));
      seen.add(page.plan);
    }
  }
  const words = [...counts]
    .map(([word, count]) => ({
      word,
      count,
      plans: plans.get(word)?.size ?? 0,
    }))
    .sort(byCount);
  return { words, tokens };
}

/**
 * The word list of words as written from the corpus totals (wordList with `minLength` 1, kept in its order):
 * the same rows wordList gives for `minLength`, without a pass over the pages.
 */
export function wordListFromTotals(
  totals: { readonly words: readonly WordCount[]; readonly tokens: number },
  minLength: number,
): { words: WordCount[]; tokens: number } {
  return {
    words: totals.words.filter((w) => [...w.word].length >= minLength),
    tokens: totals.tokens,
  };
}

/** Corpus counts of every word (no length limit) and the corpus size in tokens: C1 and N of collocates. */
export function corpusCounts(
  pages: Iterable<{ readonly counts: Readonly<Record<string, number>> }>,
): { counts: Map<string, number>; tokens: number } {
  const counts = new Map<string, number>();
  let tokens = 0;
  for (const page of pages)
    for (const [word, n] of Object.entries(page.counts)) {
      counts.set(word, (counts.get(word) ?? 0) + n);
      tokens += n;
    }
  return { counts, tokens };
}
