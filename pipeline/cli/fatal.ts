import { CorpusError } from "../corpus/index.js";
import { LexiconError } from "../match/index.js";
import { DatabaseError } from "../store/index.js";

/** Errors that make the whole command meaningless: one message, exit code 2 (STYLE §2). */
export class UsageError extends Error {}

/** Runs a command; expected failures print their message (no stack) and exit 2, bugs keep their stack. */
export async function runCommand(
  action: () => Promise<void> | void,
): Promise<void> {
  try {
    await action();
  } catch (error) {
    const known = [UsageError, LexiconError, CorpusError, DatabaseError].some(
      (k) => error instanceof k,
    );
    process.stderr.write(
      `stp-scan: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`,
    );
    process.exitCode = 2;
  }
}
