import {
  clusters,
  collocates,
  corpusCounts,
  wordList,
  wordListFromTotals,
  VOCABULARY_VERSION,
  type Cluster,
  type Collocate,
  type CollocateOptions,
  type Query,
  type WordCount,
} from "../index.js";
import {
  readCorpusWords,
  readExploreState,
  writeCorpusWords,
  type Db,
} from "../../store/index.js";
import { loadWordCounts, placesByPage } from "./page-index.js";

/**
 * The word list of the whole corpus (words as written, every length) and its size in tokens: stored in the
 * database the first time it is asked for after a change to the corpus, so later runs read it in one query.
 */
function corpusTotals(db: Db): { words: WordCount[]; tokens: number } {
  const stored = readCorpusWords(db, VOCABULARY_VERSION);
  if (stored !== null) return stored;
  const { generation } = readExploreState(db, VOCABULARY_VERSION);
  const totals = wordList(loadWordCounts(db), { stems: false, minLength: 1 });
  writeCorpusWords(
    db,
    VOCABULARY_VERSION,
    generation,
    totals.words,
    totals.tokens,
  );
  return totals;
}

/** The word list of the corpus (or one plan): from the corpus totals, or (by stem, or one plan's) the page index. */
export function wordsOf(
  db: Db,
  plan: string | undefined,
  options: { readonly stems: boolean; readonly minLength: number },
): { words: WordCount[]; tokens: number } {
  if (plan === undefined && !options.stems)
    return wordListFromTotals(corpusTotals(db), options.minLength);
  return wordList(loadWordCounts(db, plan), options);
}

/** The collocates of a query's places, with the corpus size (N) they are measured against. */
export function collocatesOf(
  db: Db,
  query: Query,
  plan: string | undefined,
  options: CollocateOptions,
): {
  collocates: Collocate[];
  windowTokens: number;
  places: number;
  corpusTokens: number;
} {
  const corpus =
    plan === undefined
      ? (({ words, tokens }) => ({
          counts: new Map(words.map((w) => [w.word, w.count])),
          tokens,
        }))(corpusTotals(db))
      : corpusCounts(loadWordCounts(db, plan));
  const result = collocates(
    placesByPage(db, query, plan),
    corpus.counts,
    corpus.tokens,
    options,
  );
  return { ...result, corpusTokens: corpus.tokens };
}

/** The clusters of `minSize`..`maxSize` words holding a place of the query that occur `minCount` times or more. */
export function clustersOf(
  db: Db,
  query: Query,
  plan: string | undefined,
  options: {
    readonly minSize: number;
    readonly maxSize: number;
    readonly minCount: number;
  },
): Cluster[] {
  return clusters(
    placesByPage(db, query, plan),
    options.minSize,
    options.maxSize,
  ).filter((c) => c.count >= options.minCount);
}
