import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { takePidLock } from "./pid-lock.js";
import { DatabaseError } from "./open-database.js";

/** The lock file of a database: `<db>.scan-lock`, beside it, held by the scan writing it and naming its pid. */
export const scanLockFile = (db: string) => `${db}.scan-lock`;

/** A database another scan is writing right now. */
export class DatabaseBusyError extends DatabaseError {}

/**
 * Takes the scan lock of a database and returns its release. SQLite alone would let two scans interleave their
 * per-document transactions (each would then see the other's run as unfinished and redo its work), so one scan
 * at a time holds this file. The operating system lets go of it when its holder dies (kill -9, even a zombie
 * no one reaps), so a file left by a scan that is gone is taken over.
 */
export function lockDatabase(db: string): () => void {
  if (db === ":memory:") return () => undefined;
  const file = scanLockFile(db);
  try {
    mkdirSync(dirname(db), { recursive: true });
  } catch (error) {
    throw new DatabaseError(
      `${db}: cannot create the database's folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { cause: error },
    );
  }
  const lock = takePidLock(file);
  switch (lock.kind) {
    case "taken":
      return lock.release;
    case "failed":
      throw new DatabaseError(
        `${db}: cannot create the lock file ${file} (${lock.error.code ?? lock.error.message}); check that the folder is writable`,
        { cause: lock.error },
      );
    case "held":
      throw new DatabaseBusyError(
        `${db}: another scan is writing to this database (pid ${lock.pid}); wait for it or stop it`,
      );
    case "contended":
      throw new DatabaseBusyError(
        `${db}: cannot take the scan lock ${file}; if no scan is running, delete that file`,
      );
  }
}
