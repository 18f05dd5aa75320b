import { randomBytes } from "node:crypto";
import { closeSync, openSync, rmSync, truncateSync } from "node:fs";
import Database from "better-sqlite3";

/** What trying to take a lock file gave. */
export type PidLock =
  | { readonly kind: "taken"; readonly release: () => void }
  | { readonly kind: "held"; readonly pid: number }
  | { readonly kind: "failed"; readonly error: NodeJS.ErrnoException }
  | { readonly kind: "contended" };

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
};
/** Another process holds the lock, or is taking or dropping it this instant; DBMOVED: the file was removed. */
const isBusy = (error: unknown) =>
  /^SQLITE_(BUSY|LOCKED|READONLY_DBMOVED)/.test(codeOf(error));
/** Not a lock database: a pid file an older stp-scan wrote, or one torn by a crash mid-write. */
const isNotLockDatabase = (error: unknown) =>
  /^SQLITE_(NOTADB|CORRUPT)/.test(codeOf(error));

const pause = (ms: number) =>
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The holder row of a lock database at `file` (as the path names it now), or null. */
function readHolder(file: string): { pid: number; token: string } | null {
  try {
    const db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      timeout: 0,
    });
    try {
      return (
        (db.prepare("SELECT pid, token FROM holder").get() as
          { pid: number; token: string } | undefined) ?? null
      );
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * One try at holding an open lock database: write our pid and a fresh token and commit them (only while no
 * one holds it), then take the write lock again for good and check that nobody wrote in between and that the
 * path still names this file (a holder removes the file as it lets go). False when someone else was first.
 */
function tryToHold(db: Database.Database, file: string): boolean {
  const token = randomBytes(16).toString("hex");
  try {
    db.exec("BEGIN IMMEDIATE");
    db.exec(
      "CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, token TEXT NOT NULL)",
    );
    db.exec("DELETE FROM holder");
    db.prepare("INSERT INTO holder VALUES (?, ?)").run(process.pid, token);
    db.exec("COMMIT");
    db.exec("BEGIN IMMEDIATE");
    const held = db.prepare("SELECT token FROM holder").pluck().get();
    if (held === token && readHolder(file)?.token === token) return true;
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
  if (db.inTransaction) db.exec("ROLLBACK");
  return false;
}

/** Opens the lock database (creating it), or the file system's reason why not. */
function openLock(file: string): Database.Database | NodeJS.ErrnoException {
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 0 });
  } catch (error) {
    // SQLite says only "unable to open": ask the file system for the errno (EACCES, EROFS, ENOENT, ...).
    try {
      closeSync(openSync(file, "a"));
    } catch (fsError) {
      return fsError as NodeJS.ErrnoException;
    }
    return error as NodeJS.ErrnoException;
  }
  try {
    // No journal file beside the lock; a crash mid-commit may tear it, and a torn lock is made anew.
    db.pragma("journal_mode = MEMORY");
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Empties a file that is not a lock database (so no one holds it): an empty file is a new lock database. */
function remake(file: string): void {
  try {
    // By path: truncate(2) opens no descriptor, so no lock of this process is dropped.
    truncateSync(file);
  } catch {
    // gone already: the next try makes it
  }
}

/**
 * Takes a lock file that names the process holding it (one home for the scan lock and the add lock). The file
 * is a small SQLite database whose write lock (BEGIN IMMEDIATE, an fcntl lock the operating system drops the
 * moment its holder dies: kill -9, a zombie never reaped, a power cut) is held until release; the pid in it
 * only names the holder in messages, it never decides whether the lock is held. Release removes the file.
 * This process must not open and close the file by other means while it holds it: closing any descriptor of
 * a file drops the process's fcntl locks on it.
 */
export function takePidLock(file: string, attempts = 8): PidLock {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) pause(10 + Math.random() * 30);
    let db: Database.Database | NodeJS.ErrnoException;
    let isHeld = false;
    try {
      db = openLock(file);
      if (db instanceof Error) return { kind: "failed", error: db };
      try {
        isHeld = tryToHold(db, file);
      } finally {
        if (!isHeld) db.close();
      }
    } catch (error) {
      if (isBusy(error)) continue;
      if (!isNotLockDatabase(error))
        return { kind: "failed", error: error as NodeJS.ErrnoException };
      remake(file);
      continue;
    }
    if (isHeld) return { kind: "taken", release: releaseOf(db, file) };
  }
  const holder = readHolder(file);
  return holder === null
    ? { kind: "contended" }
    : { kind: "held", pid: holder.pid };
}

/** Lets go of a held lock database: the file is removed while still held, so no one takes a file going away. */
function releaseOf(db: Database.Database, file: string): () => void {
  return () => {
    if (!db.open) return;
    rmSync(file, { force: true });
    db.exec("ROLLBACK");
    db.close();
  };
}
