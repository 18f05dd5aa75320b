import { codebookOf, resolveCode } from "../audit/index.js";
import type { Db } from "../store/index.js";
import { UsageError } from "./fatal.js";

/** `--blind` of `audit` (every subcommand) and `serve`. */
export const BLIND_OPTION = {
  type: "boolean",
  default: false,
  describe:
    "Show the auditor no other auditor's verdict or note (on for good once they code blind: audit sample, audit blind on)",
} as const;

/** `--code` of `audit accept`, `reject` and `settle`. */
export const CODE_OPTION = {
  type: "string",
  describe:
    "The reason, a code of the codebook (<corpus>/codebook.csv, else the study's): its id or number (audit codes)",
} as const;

/**
 * The codebook id `--code` names for a verdict (null when not given); an unknown code, or one that counts as the
 * other verdict, is one line and exit 2, before anything is recorded.
 */
export function codeFor(
  db: Db,
  given: string | undefined,
  verdict: "accepted" | "rejected",
): string | null {
  if (given === undefined) return null;
  const { id, problem } = resolveCode(codebookOf(db), given, verdict);
  if (problem !== null) throw new UsageError(`--code ${given}: ${problem}`);
  return id;
}
