import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { DatabaseError } from "./open-database.js";

/** The lock file of a database: `<db>.scan-lock`, beside it, holding the process id of the scan writing it. */
export const scanLockFile = (db: string) => `${db}.scan-lock`;

/** A database another scan is writing right now. */
export class DatabaseBusyError extends DatabaseError {}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Takes the scan lock of a database and returns its release. SQLite alone would let two scans interleave their
 * per-document transactions (each would then see the other's run as unfinished and redo its work), so one scan
 * at a time holds this file. It is made with `wx`, so only one process can create it; one left by a process
 * that is gone (kill -9, power cut) is taken over, as the pid it names no longer runs.
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
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, "wx");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST")
        throw new DatabaseError(
          `${db}: cannot create the lock file ${file} (${code ?? (error as Error).message}); check that the folder is writable`,
          { cause: error },
        );
      let holder = NaN;
      try {
        holder = Number(readFileSync(file, "utf8").trim());
      } catch {
        // Removed by its owner between our open and read: try again.
        continue;
      }
      // An empty file is one being written this instant by its creator: give it a moment, then judge.
      if (holder === 0 && attempt === 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if (
        Number.isInteger(holder) &&
        holder > 0 &&
        holder !== process.pid &&
        isAlive(holder)
      ) {
        throw new DatabaseBusyError(
          `${db}: another scan is writing to this database (pid ${holder}); wait for it or stop it`,
        );
      }
      rmSync(file, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return () => rmSync(file, { force: true });
  }
  throw new DatabaseBusyError(
    `${db}: cannot take the scan lock ${file}; if no scan is running, delete that file`,
  );
}
