import { existsSync } from "node:fs";
import { join } from "node:path";
import { readCsv, separatorHint } from "../csv/index.js";
import { projectFile } from "../paths.js";
import { readProjectSettings, type Db } from "../store/index.js";
import { checkCodebookRows, type Codebook } from "./codebook.js";
import { StpError } from "../problem.js";

/** The study's codebook, used when a corpus has no codebook.csv of its own. */
export const DEFAULT_CODEBOOK_PATH = projectFile(
  "pipeline/audit/codebook-v1.csv",
);

/** A codebook that cannot be used: every code given against it would be unchecked, so the command stops. */
export class CodebookError extends StpError {}

const REQUIRED = ["id", "label", "meaning", "counts_as"] as const;

/** Reads and checks a codebook CSV (id, label, meaning, counts_as); throws CodebookError naming file:line. */
export function loadCodebook(path: string): Codebook {
  const { header, rows } = readCsv(path);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new CodebookError(
      `${path}:1: missing column(s) ${missing.join(", ")}${separatorHint(header)}`,
    );
  const { codes, problems } = checkCodebookRows(rows);
  if (problems.length > 0)
    throw new CodebookError(problems.map((p) => `${path}:${p}`).join("\n"));
  return { path, codes };
}

/** The codebook a corpus folder uses: its own codebook.csv (beside its lexicon.csv), else the study's default. */
export function codebookPathFor(corpus: string | null): string {
  const own = corpus === null ? null : join(corpus, "codebook.csv");
  return own !== null && existsSync(own) ? own : DEFAULT_CODEBOOK_PATH;
}

/** The codebook of the database's corpus (see codebookPathFor), read and checked. */
export function codebookOf(db: Db): Codebook {
  return loadCodebook(codebookPathFor(readProjectSettings(db)?.corpus ?? null));
}
