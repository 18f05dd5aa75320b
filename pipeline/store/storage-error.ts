import Database from "better-sqlite3";

/** SQLite's result codes for a database another connection is writing. */
const BUSY = /^SQLITE_BUSY|^SQLITE_LOCKED/;

/** What to tell the analyst for SQLite's result codes that come from the file or the disk, not from a bug. */
const ADVICE: readonly (readonly [RegExp, string])[] = [
  [
    /^SQLITE_FULL/,
    "the disk is full; free some space and run the command again (what was stored before is kept)",
  ],
  [
    /^SQLITE_IOERR/,
    "a disk read or write failed (full disk, file size limit, failing or removed drive); fix the disk and run the command again (what was stored before is kept)",
  ],
  [
    /^SQLITE_READONLY/,
    "the database file or its folder is read-only; make both writable, or pass another --db",
  ],
  [
    /^SQLITE_CANTOPEN/,
    "the database file cannot be opened; check that its folder exists and is writable, or pass another --db",
  ],
  [
    /^SQLITE_PERM|^SQLITE_AUTH/,
    "permission denied; check the permissions of the database file and its folder",
  ],
  [
    /^SQLITE_CORRUPT/,
    "the database file is damaged; restore it from a backup, or scan again into a new --db",
  ],
  [
    /^SQLITE_NOTADB/,
    "this file is not an SQLite database; pass the database stp-scan scan wrote (--db), or a new file name",
  ],
  [
    BUSY,
    "another program held the database too long; wait for it to finish and run the command again",
  ],
];

/** True for SQLite's "another connection is writing" (a wait, not a failure: the write can be tried again). */
export const isDatabaseBusy = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && BUSY.test(code);
};

/** True for SQLite's "this connection may not write" (a read-only connection, or a file or folder it cannot write). */
export const isDatabaseReadOnly = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_READONLY");
};

/**
 * One line for an SQLite error that the analyst can act on (full disk, read-only or damaged file), naming the
 * database; null for anything else (a bug, which keeps its stack).
 */
export function explainStorageError(
  error: unknown,
  file: string,
): string | null {
  if (!(error instanceof Database.SqliteError)) return null;
  const advice = ADVICE.find(([code]) => code.test(error.code));
  if (advice === undefined) return null;
  return `${file}: ${error.message} (${error.code}); ${advice[1]}`;
}

/**
 * Runs a write that only keeps derived data (the explore state, totals, layouts): on a database the command may
 * not write (SQLITE_READONLY: a read-only connection or file), it goes on without keeping it, and the data is
 * worked out again next time.
 */
export function saveIfWritable(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!isDatabaseReadOnly(error)) throw error;
  }
}
