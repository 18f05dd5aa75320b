import { once } from "node:events";
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { writeChunksAtomic } from "../corpus/index.js";
import { renderXlsx, type SheetTable } from "../csv/index.js";
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

/** Writes data to a file (creating its folder; whole or not at all) or, without one, to stdout. */
export function emit(data: string | Uint8Array, out: string | undefined): void {
  if (out === undefined || out === "-") {
    process.stdout.write(data);
    return;
  }
  writeOut([data], out);
}

/** emit for data made a chunk at a time: each chunk is written as it comes, so the whole is never held. */
export async function emitChunks(
  chunks: Iterable<string | Uint8Array>,
  out: string | undefined,
): Promise<void> {
  if (out === undefined || out === "-") {
    // A pipe takes what it is given at once and queues it in memory: the next chunk waits until it has drained.
    for (const data of chunks)
      if (!process.stdout.write(data)) await once(process.stdout, "drain");
    return;
  }
  writeOut(chunks, out);
}

/** Writes the chunks to the file `out`, creating its folder. */
function writeOut(chunks: Iterable<string | Uint8Array>, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  // Whole or not at all: a report or export cut short by a full disk or a kill must not pass for the real one.
  writeChunksAtomic(out, chunks);
  process.stderr.write(`wrote ${out}\n`);
}

/** A workbook has no place on a terminal: --format xlsx without --out is a usage error, told before any work. */
export function checkWorkbookOut(
  format: string,
  out: string | undefined,
): void {
  if (format === "xlsx" && out === undefined)
    throw new UsageError(
      "--format xlsx writes a workbook: give the file with --out FILE.xlsx",
    );
}

/** Writes tables as an xlsx workbook, one sheet each, to `out` (`-`: stdout). */
export async function emitWorkbook(
  sheets: readonly SheetTable[],
  out: string | undefined,
): Promise<void> {
  checkWorkbookOut("xlsx", out);
  emit(await renderXlsx(sheets), out);
}

/**
 * How many characters a line of terminal output may take: the terminal's width, else $COLUMNS (set by shells and
 * by tests), else `fallback` (output to a file or a pipe is read in an editor, wider than a terminal).
 */
export function terminalWidth(fallback = 160): number {
  const fromEnv = Number(process.env.COLUMNS);
  return (
    process.stdout.columns ||
    (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback)
  );
}
