import type { Db } from "./db.js";
import { saveIfWritable } from "./storage-error.js";

/** What explore_state says (migrations/009-explore-totals.sql): the generation and what was built at which. */
export type ExploreState = {
  /** Bumped by every change to the pages or to which documents are in the corpus. */
  readonly generation: number;
  /** True when every corpus page had its index row of the given version at the current generation. */
  readonly vocabularyComplete: boolean;
  /** True when corpus_words holds the totals of the given version at the current generation. */
  readonly totalsCurrent: boolean;
};

/** The explore state for index rows and totals of `version` (both stale when the row is missing). */
export function readExploreState(db: Db, version: number): ExploreState {
  const row = db
    .prepare(
      `SELECT generation, vocabulary_generation = generation AND vocabulary_version = @version AS vocabulary,
              totals_generation = generation AND totals_version = @version AS totals
       FROM explore_state WHERE id = 1`,
    )
    .get({ version }) as
    | { generation: number; vocabulary: number | null; totals: number | null }
    | undefined;
  return {
    generation: row?.generation ?? -1,
    vocabularyComplete: row?.vocabulary === 1,
    totalsCurrent: row?.totals === 1,
  };
}

/** Saves that every corpus page had its index row of `version` at `generation` (read before the check). */
export function saveVocabularyComplete(
  db: Db,
  version: number,
  generation: number,
): void {
  saveIfWritable(() =>
    db
      .prepare(
        `UPDATE explore_state SET vocabulary_generation = ?, vocabulary_version = ? WHERE id = 1`,
      )
      .run(generation, version),
  );
}

/** A row of corpus_words: a word of the corpus, its count and the plans it occurs in. */
export type CorpusWordRow = {
  readonly word: string;
  readonly count: number;
  readonly plans: number;
};

/** Replaces the corpus word totals (rows in list order) with those built at `generation` (read before the pages were). */
export function saveCorpusWords(
  db: Db,
  version: number,
  generation: number,
  rows: readonly CorpusWordRow[],
  tokens: number,
): void {
  const insert = db.prepare(
    `INSERT INTO corpus_words (word, count, plans) VALUES (@word, @count, @plans)`,
  );
  saveIfWritable(() =>
    db.transaction(() => {
      db.prepare(`DELETE FROM corpus_words`).run();
      for (const r of rows) insert.run(r);
      db.prepare(
        `UPDATE explore_state SET totals_generation = ?, totals_version = ?, totals_tokens = ? WHERE id = 1`,
      ).run(generation, version, tokens);
    })(),
  );
}

/** The corpus word totals in the order written, and the corpus size in tokens; null when they are not current. */
export function readCorpusWords(
  db: Db,
  version: number,
): { words: CorpusWordRow[]; tokens: number } | null {
  const read = db.transaction(() => {
    if (!readExploreState(db, version).totalsCurrent) return null;
    const tokens = db
      .prepare(`SELECT totals_tokens FROM explore_state WHERE id = 1`)
      .pluck()
      .get() as number;
    const words = db
      .prepare(`SELECT word, count, plans FROM corpus_words ORDER BY rowid`)
      .all() as CorpusWordRow[];
    return { words, tokens };
  });
  return read();
}
