import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { shownPath } from "../paths.js";
import { CORPUS_DIR } from "../defaults.js";
import { describeSetting, resolveThreshold } from "../settings/index.js";
import { openDatabase, readProjectSettings, type Db } from "../store/index.js";

/**
 * The threshold a reading command uses: the one given, else the database's (scan --threshold), else the default;
 * a given one that differs from the database's is said on stderr, so the figure is not taken for the usual one.
 */
export function thresholdFor(db: Db, given: number | undefined): number {
  const { threshold, change } = resolveThreshold(
    readProjectSettings(db),
    given,
  );
  if (change !== null)
    process.stderr.write(`using ${describeSetting(change)}\n`);
  return threshold;
}

/**
 * The corpus folder a command works on: the one given, else the one the database at `dbFile` was scanned from,
 * else corpus/. A given one that is not the database's is said on stderr.
 */
export function corpusFor(dbFile: string, given: string | undefined): string {
  let stored: string | null = null;
  if (existsSync(dbFile)) {
    const db = openDatabase(dbFile, { mustExist: true, reading: true });
    try {
      stored = readProjectSettings(db)?.corpus ?? null;
    } finally {
      db.close();
    }
  }
  if (given === undefined) return stored ?? resolve(CORPUS_DIR);
  if (stored !== null && resolve(given) !== stored)
    process.stderr.write(
      `--corpus ${given} is not the corpus ${dbFile} was scanned from (${shownPath(stored)})\n`,
    );
  return given;
}
