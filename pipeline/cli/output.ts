import { once } from "node:events";
import { existsSync } from "node:fs";
import { writeOutputChunks, writeOutputFile } from "../corpus/index.js";
import { renderXlsx, type SheetTable } from "../csv/index.js";
import type { RenderedRows } from "../report/index.js";
import { openDatabase, type Db } from "../store/index.js";
import { runCommand, UsageError } from "./fatal.js";

/**
 * What a command does to its database: `reads` never migrates it (an older one is read through a copy brought up
 * to date in memory, see openDatabase), `writes` brings it up to date first.
 */
export type Access = "reads" | "writes";

/** Opens an existing database; a missing one is a usage error, not an empty result. */
export function openExisting(file: string, access: Access = "writes"): Db {
  if (!existsSync(file))
    throw new UsageError(
      `${file}: no database here; run "stp-scan scan" first (or pass --db)`,
    );
  return openDatabase(file, { mustExist: true, reading: access === "reads" });
}

/** Opens an existing database, runs `action` on it, closes it. */
export async function withDatabase<T>(
  file: string,
  action: (db: Db) => T | Promise<T>,
  access: Access = "writes",
): Promise<T> {
  const db = openExisting(file, access);
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
  access: Access = "writes",
): Promise<void> {
  return runCommand(() => withDatabase(file, action, access), file);
}

/** Writes data to a file (creating its folder; whole or not at all) or, without one, to stdout. */
export function emit(data: string | Uint8Array, out: string | undefined): void {
  if (out === undefined || out === "-") {
    process.stdout.write(data);
    return;
  }
  // Whole or not at all: a report or export cut short by a full disk or a kill must not pass for the real one.
  writeOutputFile(out, data);
  process.stderr.write(`wrote ${out}\n`);
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
  writeOutputChunks(out, chunks);
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

/** Prints rendered rows: the notice on stderr, then the text (or the workbook, its sheet named `name`) to --out or stdout. */
export async function emitRows(
  rendered: RenderedRows,
  out: string | undefined,
  name: string,
): Promise<void> {
  if (rendered.notice !== null) process.stderr.write(`${rendered.notice}\n`);
  if (rendered.sheet === undefined) emit(rendered.text, out);
  else await emitWorkbook([{ name, ...rendered.sheet }], out);
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
