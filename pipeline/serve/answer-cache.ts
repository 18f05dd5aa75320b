import { changeMarksOf, type Db } from "../store/index.js";

/** How many answers are kept: the few an analyst goes back and forth between (pages of one search, its tabs). */
const KEPT = 12;

/** Answers worked out from the database, kept while it stays as it was. */
export type AnswerCache = {
  /**
   * The value kept under `key` while the database is as it was when it was worked out, else `compute()`, kept.
   * `verdicts`: the value depends on verdicts too, which this app writes itself (a verdict moves only this
   * connection's changes, never another's commits). A null value (a search stopped at its time limit) is not kept.
   */
  readonly get: <T>(
    key: string,
    compute: () => T,
    options?: { readonly verdicts?: boolean },
  ) => T;
  /** Drops every answer kept: this app wrote what the answers hold beyond verdicts (a coded passage is a mention). */
  readonly forget: () => void;
};

/** A cache of the last KEPT answers worked out from `db`, the least recently asked dropped first. */
export function createAnswerCache(db: Db): AnswerCache {
  const marks = changeMarksOf(db);
  const kept = new Map<string, { state: string; value: unknown }>();
  return {
    get: <T>(
      key: string,
      compute: () => T,
      options: { readonly verdicts?: boolean } = {},
    ): T => {
      const state = `${marks.othersCommits()}:${options.verdicts === true ? marks.ownChanges() : ""}`;
      const entry = kept.get(key);
      kept.delete(key);
      if (entry !== undefined && entry.state === state) {
        kept.set(key, entry);
        return entry.value as T;
      }
      const value = compute();
      if (value === null) return value;
      // Worked out after the state was read: a value read across a commit is kept under the older state, and
      // worked out again next time.
      kept.set(key, { state, value });
      for (const old of kept.keys()) {
        if (kept.size <= KEPT) break;
        kept.delete(old);
      }
      return value;
    },
    forget: () => kept.clear(),
  };
}
