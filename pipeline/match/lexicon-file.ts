import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readCsv, separatorHint } from "../csv/index.js";
import { projectFile } from "../paths.js";
import type { Term } from "../types.js";
import { checkTerms } from "./lexicon.js";
import { StpError } from "../problem.js";

/** Lexicon v1 of the spec, used when a corpus has no lexicon.csv of its own. */
export const DEFAULT_LEXICON_PATH = projectFile(
  "pipeline/match/lexicon-v1.csv",
);

/** A checked lexicon and where it came from: the sha256 ties every mention to the lexicon that produced it. */
export type LoadedLexicon = {
  readonly path: string;
  readonly sha256: string;
  readonly terms: readonly Term[];
};

/** A lexicon that cannot be used: the whole run would be meaningless, so this stops it at startup. */
export class LexiconError extends StpError {}

const REQUIRED = ["id", "phrase", "concept", "headline"] as const;
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0", ""]);

/** Reads and checks a lexicon CSV (id, phrase, concept, headline); throws LexiconError naming file:line. */
export function loadLexicon(path: string): LoadedLexicon {
  if (!existsSync(path))
    throw new LexiconError(
      `${path}: lexicon file not found; pass an existing lexicon CSV (--lexicon)`,
    );
  const { header, rows } = readCsv(path);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new LexiconError(
      `${path}:1: missing column(s) ${missing.join(", ")}${separatorHint(header)}`,
    );
  const errors: string[] = [];
  const terms = rows.map(({ cells, line }): Term => {
    const flag = (cells.headline ?? "").toLowerCase();
    if (!TRUE.has(flag) && !FALSE.has(flag))
      errors.push(
        `${path}:${line}: headline must be true or false, not "${flag}"`,
      );
    return {
      id: cells.id ?? "",
      phrase: cells.phrase ?? "",
      concept: cells.concept ?? "",
      headline: TRUE.has(flag),
    };
  });
  for (const p of checkTerms(terms))
    errors.push(`${path}:${rows[p.index]?.line ?? "?"}: ${p.reason}`);
  if (terms.length === 0) errors.push(`${path}: the lexicon has no terms`);
  if (errors.length > 0) throw new LexiconError(errors.join("\n"));
  const sha256 = createHash("sha256").update(readFileSync(path)).digest("hex");
  return { path, sha256, terms };
}
