import {
  clusters,
  collocates,
  corpusCounts,
  wordList,
  type Cluster,
  type Collocate,
  type CollocateOptions,
  type Query,
  type WordCount,
} from "../index.js";
import type { Db } from "../../store/index.js";
import { loadWordCounts, placesByPage } from "./page-index.js";

/** The word list of the corpus (or one plan), from the page index. */
export function wordsOf(
  db: Db,
  plan: string | undefined,
  options: { readonly stems: boolean; readonly minLength: number },
): { words: WordCount[]; tokens: number } {
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
  const corpus = corpusCounts(loadWordCounts(db, plan));
  const result = collocates(
    placesByPage(db, query, plan),
    corpus.counts,
    corpus.tokens,
    options,
  );
  return { ...result, corpusTokens: corpus.tokens };
}

/** The clusters of `minSize`..`maxSize` words holding a place of the query. */
export function clustersOf(
  db: Db,
  query: Query,
  plan: string | undefined,
  minSize: number,
  maxSize: number,
): Cluster[] {
  return clusters(placesByPage(db, query, plan), minSize, maxSize);
}
