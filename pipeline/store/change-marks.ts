import type { Db } from "./db.js";

/** Marks that say whether a database changed since they were last read, for a program that keeps what it read. */
export type ChangeMarks = {
  /** Moves when another connection commits (SQLite's `data_version`); this connection's own commits leave it. */
  readonly othersCommits: () => number;
  /** Moves when this connection writes (`total_changes()`). */
  readonly ownChanges: () => number;
  /** Runs `read` in one read transaction, so a commit meanwhile cannot mix two states of the database in it. */
  readonly readAtOnce: <T>(read: () => T) => T;
};

/** The change marks of `db`'s connection (the audit app reads its database again only when they move). */
export function changeMarksOf(db: Db): ChangeMarks {
  const dataVersion = db.prepare("PRAGMA data_version").pluck();
  const totalChanges = db.prepare("SELECT total_changes()").pluck();
  return {
    othersCommits: () => dataVersion.get() as number,
    ownChanges: () => totalChanges.get() as number,
    readAtOnce: (read) => db.transaction(read)(),
  };
}
