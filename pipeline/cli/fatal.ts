import { forTerminal } from "../terminal-text.js";
import { CorpusError, OutputError } from "../corpus/index.js";
import { CsvError } from "../csv/index.js";
import { LexiconError } from "../match/index.js";
import { CodebookError } from "../audit/index.js";
import { DatabaseError, explainStorageError } from "../store/index.js";

/** Errors that make the whole command meaningless: one message, exit code 2 (STYLE §2). */
export class UsageError extends Error {}

/**
 * Runs a command; expected failures print their message (no stack) and exit 2, bugs keep their stack. `db`: the
 * database the command uses, named in the message when SQLite fails on the file or the disk.
 */
export async function runCommand(
  action: () => Promise<void> | void,
  db = "the database",
): Promise<void> {
  try {
    await action();
  } catch (error) {
    const known = [
      UsageError,
      LexiconError,
      CorpusError,
      DatabaseError,
      CsvError,
      OutputError,
      CodebookError,
    ].some((k) => error instanceof k);
    const storage = explainStorageError(error, db);
    // A message names files and plans, which may hold control characters: shown safe for a terminal.
    process.stderr.write(
      `stp-scan: ${forTerminal(storage ?? (known ? (error as Error).message : ((error as Error).stack ?? String(error))))}\n`,
    );
    process.exitCode = 2;
  }
}
