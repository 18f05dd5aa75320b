// The codebook of reasons a verdict may carry (corpus/codebook.csv): its rows checked, a code found by id or key,
// and whether a code fits a verdict. Pure: codebook-file.ts reads the file.
import type { Code, Codebook } from "../types.js";

export type { Code, Codebook };

/** A codebook row as the CSV gives it, with its line for messages. */
export type CodebookRow = {
  readonly line: number;
  readonly cells: Readonly<Record<string, string | undefined>>;
};

const ID = /^[a-z0-9][a-z0-9-]*$/;
const COUNTS_AS: Readonly<Record<string, Code["countsAs"] | undefined>> = {
  accept: "accepted",
  accepted: "accepted",
  reject: "rejected",
  rejected: "rejected",
};

/** The codes of the rows, and the problems of every row that is wrong (`line: reason`): usable only with none. */
export function checkCodebookRows(rows: readonly CodebookRow[]): {
  readonly codes: Code[];
  readonly problems: string[];
} {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const codes = rows.map(({ cells, line }, i): Code => {
    const id = cells.id ?? "";
    const countsAs = COUNTS_AS[(cells.counts_as ?? "").toLowerCase()];
    if (!ID.test(id))
      problems.push(
        `${line}: id "${id}" must be lower-case letters, digits and hyphens`,
      );
    else if (seen.has(id))
      problems.push(
        `${line}: id ${id} is there already (line ${seen.get(id)})`,
      );
    seen.set(id, line);
    if ((cells.label ?? "") === "")
      problems.push(`${line}: ${id} has no label`);
    if (countsAs === undefined)
      problems.push(
        `${line}: counts_as must be accept or reject, not "${cells.counts_as ?? ""}"`,
      );
    return {
      id,
      label: cells.label ?? "",
      meaning: cells.meaning ?? "",
      countsAs: countsAs ?? "rejected",
      key: i + 1,
    };
  });
  if (codes.length === 0) problems.push("1: the codebook has no codes");
  return { codes, problems };
}

/** The code given by id, or by its key in the walk ("3"); undefined when the codebook has none such. */
export function findCode(codebook: Codebook, given: string): Code | undefined {
  const text = given.trim();
  return (
    codebook.codes.find((c) => c.id === text.toLowerCase()) ??
    codebook.codes.find((c) => String(c.key) === text)
  );
}

/**
 * Why `code` cannot go with `verdict` (an unknown code, or one that counts as the other verdict), in one line
 * naming the codebook; null when it fits. A pending verdict takes no code.
 */
export function codeProblem(
  codebook: Codebook,
  code: string,
  verdict: "accepted" | "rejected" | "pending",
): string | null {
  const found = codebook.codes.find((c) => c.id === code);
  if (found === undefined)
    return `no code "${code}" in ${codebook.path} (codes: ${codebook.codes.map((c) => c.id).join(", ")})`;
  if (verdict === "pending")
    return `code ${code} goes with a verdict: accept or reject the mention`;
  if (found.countsAs !== verdict)
    return `code ${code} (${found.label}) counts as ${found.countsAs}, not ${verdict}`;
  return null;
}

/**
 * The codebook id a given reason (an id or a key) names for `verdict`, or the one-line problem with it (see
 * codeProblem): exactly one of the two is null.
 */
export function resolveCode(
  codebook: Codebook,
  given: string,
  verdict: "accepted" | "rejected" | "pending",
): { readonly id: string | null; readonly problem: string | null } {
  const id = findCode(codebook, given)?.id ?? given;
  const problem = codeProblem(codebook, id, verdict);
  return problem === null ? { id, problem } : { id: null, problem };
}

/**
 * The codebook id a coded passage's reason names, or the one-line problem with it: a coded passage says the words
 * discuss the concept, so its reason must be one that counts as accept (as an accepted mention's).
 */
export function resolvePassageCode(
  codebook: Codebook,
  given: string,
): { readonly id: string | null; readonly problem: string | null } {
  const resolved = resolveCode(codebook, given, "accepted");
  const found = findCode(codebook, given);
  if (resolved.problem === null || found?.countsAs !== "rejected")
    return resolved;
  return {
    id: null,
    problem: `code ${found.id} (${found.label}) counts as reject, and a coded passage is a positive coding: give a code that counts as accept (${codebook.codes
      .filter((c) => c.countsAs === "accepted")
      .map((c) => c.id)
      .join(", ")})`,
  };
}

/** The codes as the walk's help lists them: "1 commitment · 2 act · ...". */
export const codeKeys = (codebook: Codebook): string =>
  codebook.codes
    .filter((c) => c.key <= 9)
    .map((c) => `${c.key} ${c.id}`)
    .join(" · ");
