import { forTerminal } from "../terminal-text.js";
import { explainStorageError } from "../store/index.js";
import { StpError } from "../problem.js";

/** Errors that make the whole command meaningless: one message, exit code 2 (STYLE §2). */
export class UsageError extends StpError {}

/**
 * Runs a command; the project's own errors (StpError: a bad lexicon, corpus, database, CSV, output file, bundle,
 * plan option, a busy corpus) print their one line (no stack) and exit 2, bugs keep their stack. `db`: the
 * database the command uses, named in the message when SQLite fails on the file or the disk.
 */
export async function runCommand(
  action: () => Promise<void> | void,
  db = "the database",
): Promise<void> {
  try {
    await action();
  } catch (error) {
    const storage = explainStorageError(error, db);
    // A message names files and plans, which may hold control characters: shown safe for a terminal.
    process.stderr.write(
      `stp-scan: ${forTerminal(storage ?? (error instanceof StpError ? error.message : ((error as Error).stack ?? String(error))))}\n`,
    );
    process.exitCode = 2;
  }
}
