import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { writeFileAtomic } from "../corpus/index.js";
import { openDatabase, type Db } from "../store/index.js";
import { runCommand, UsageError } from "./fatal.js";

/** Opens an existing database for reading commands; a missing one is a usage error, not an empty result. */
export function openExisting(file: string): Db {
  if (!existsSync(file))
    throw new UsageError(
      `${file}: no database here; run "stp-scan scan" first (or pass --db)`,
    );
  return openDatabase(file, { mustExist: true });
}

/** Opens an existing database, runs `action` on it, closes it. */
export async function withDatabase<T>(
  file: string,
  action: (db: Db) => T | Promise<T>,
): Promise<T> {
  const db = openExisting(file);
  try {
    return await action(db);
  } finally {
    db.close();
  }
}

/** Runs a command (see runCommand) on an existing database. */
export function runOnDatabase(
  file: string,
  action: (db: Db) => void | Promise<void>,
): Promise<void> {
  return runCommand(() => withDatabase(file, action), file);
}

/** Writes data to a file (creating its folder) or, without one, to stdout. */
export function emit(text: string, out: string | undefined): void {
  if (out === undefined || out === "-") {
    process.stdout.write(text);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  // Whole or not at all: a report or export cut short by a full disk or a kill must not pass for the real one.
  writeFileAtomic(out, text);
  process.stderr.write(`wrote ${out}\n`);
}
