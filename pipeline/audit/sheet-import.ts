import { readCsv, separatorHint, type CsvRow } from "../csv/index.js";
import {
  appendVerdicts,
  readMentions,
  readVerdictRows,
  type Db,
  type NewVerdict,
} from "../store/index.js";
import { resolveCode, type Codebook } from "./codebook.js";
import { effectiveCodes, ownStates, type OwnState } from "./codings.js";
import { effectiveVerdicts, type AuditState } from "./verdicts.js";
import { fail, ok } from "../problem.js";
import type { Problem, Result } from "../types.js";

/** What an import did: rows applied, rows already so, and rows refused with `file:line: reason`. */
export type ImportOutcome = {
  readonly applied: number;
  readonly unchanged: number;
  readonly refused: readonly string[];
};

/** Who imports, and how. */
export type ImportOptions = {
  readonly auditor: string;
  /** The auditor codes blind: only a blind sheet exported for them is taken. */
  readonly blind: boolean;
  /** Checks the `code` column. */
  readonly codebook: Codebook;
};

const TRUE = new Set(["true", "yes", "1"]);
const ownSheet = (auditor: string) =>
  `export ${auditor}'s own with "stp-scan audit export --auditor ${auditor} --blind"`;

/**
 * Why a sheet cannot be imported by `auditor` at all, or null: it was exported for someone else, it is not blind
 * and the auditor codes blind, or (an open sheet, with other auditors' verdicts shown) a row's verdict is the one
 * standing that somebody else gave: left as the export filled it in, it is not this auditor's decision.
 */
function sheetRefusal(
  file: string,
  sheet: {
    readonly rows: readonly CsvRow[];
    readonly isBlind: boolean;
    readonly showsAuditors: boolean;
  },
  options: ImportOptions,
  states: ReadonlyMap<string, AuditState>,
  own: ReadonlyMap<string, OwnState>,
): Problem | null {
  const { auditor } = options;
  const { rows, isBlind: isBlindSheet } = sheet;
  const other = rows.find(
    (r) =>
      (r.cells.exported_for ?? "") !== "" && r.cells.exported_for !== auditor,
  );
  if (other !== undefined)
    return {
      file: `${file}:${other.line}`,
      reason: `exported for ${other.cells.exported_for}, not ${auditor}: import it as ${other.cells.exported_for} (--auditor), or ${ownSheet(auditor)}`,
    };
  if (options.blind && !isBlindSheet)
    return {
      file,
      reason: `not a blind sheet, and ${auditor} codes blind (it may show other auditors' verdicts): ${ownSheet(auditor)}`,
    };
  if (isBlindSheet || !sheet.showsAuditors) return null;
  for (const { cells, line } of rows) {
    const id = cells.mention_id ?? "";
    const verdict = (cells.verdict ?? "").toLowerCase();
    const state = states.get(id);
    if (verdict === "" || state?.verdict !== verdict) continue;
    if ((own.get(id)?.verdict ?? "pending") === verdict) continue;
    const givers = [...state.byAuditor]
      .filter(([a, v]) => v === verdict && a !== auditor)
      .map(([a]) => a);
    return {
      file: `${file}:${line}`,
      reason: `carries ${givers.length > 0 ? givers.join(" and ") : "the settlement"}'s verdict (${verdict}) on ${id}, not ${auditor}'s: a sheet records only the importing auditor's own decisions; ${ownSheet(auditor)}`,
    };
  }
  return null;
}

/**
 * Reads an audit sheet (mention_id, verdict = accepted/rejected/blank for no change, note, code) as a spreadsheet
 * saves it and records the importing auditor's own decisions. A sheet that is not theirs (see sheetRefusal) is
 * refused whole: the failure's problem names the file (and line), nothing is applied. Otherwise every row is checked and the rows that can be applied are, in one transaction; rows
 * that would change nothing (the auditor's current verdict, reason and note, or an open sheet's note and reason
 * as exported) are skipped, so importing twice is harmless. Verdicts from a blind sheet are recorded as blind.
 */
export function importAuditSheet(
  db: Db,
  file: string,
  options: ImportOptions,
): Result<ImportOutcome> {
  const { header, rows } = readCsv(file);
  for (const column of ["mention_id", "verdict"]) {
    if (!header.includes(column))
      return ok({
        applied: 0,
        unchanged: 0,
        refused: [`${file}:1: no "${column}" column${separatorHint(header)}`],
      });
  }
  const history = readVerdictRows(db);
  const states = effectiveVerdicts(history);
  const own = ownStates(history, options.auditor);
  // Blind only when every row says so: a sheet exported blind, whose rows show nothing of other auditors.
  const blind =
    header.includes("blind") &&
    rows.length > 0 &&
    rows.every((r) => TRUE.has((r.cells.blind ?? "").toLowerCase()));
  const refusal = sheetRefusal(
    file,
    { rows, isBlind: blind, showsAuditors: header.includes("auditors") },
    options,
    states,
    own,
  );
  if (refusal !== null) return fail(refusal);
  const exported = blind
    ? null
    : { states, codes: effectiveCodes(history, states) };
  const known = new Set(readMentions(db).map((m) => m.mention_id));
  const refused: string[] = [];
  const toApply: NewVerdict[] = [];
  const seen = new Map<string, number>();
  let unchanged = 0;
  for (const { cells, line } of rows) {
    const refuse = (reason: string) =>
      refused.push(`${file}:${line}: ${reason}`);
    const id = cells.mention_id ?? "";
    const problem =
      id === ""
        ? "no mention_id"
        : !known.has(id)
          ? `no mention ${id} in the database (removed by a re-scan, or mistyped)`
          : seen.has(id)
            ? `mention ${id} is listed again (first on line ${seen.get(id)})`
            : null;
    if (problem !== null) {
      refuse(problem);
      continue;
    }
    seen.set(id, line);
    const row = readRow(cells, own.get(id), options.codebook, exported, id);
    if (typeof row === "string") refuse(row);
    else if (row === null) unchanged++;
    else
      toApply.push({
        mentionId: id,
        ...row,
        auditor: options.auditor,
        kind: "judge",
        blind,
      });
  }
  appendVerdicts(db, toApply);
  return ok({ applied: toApply.length, unchanged, refused });
}

/**
 * What one row asks to record (verdict, reason, note), null when it changes nothing, or why it is refused. An
 * open sheet's `exported` standing (the verdict, reason and note that count) tells a note or reason left as the
 * export filled it in, which are not the auditor's own.
 */
function readRow(
  cells: CsvRow["cells"],
  mine: OwnState | undefined,
  codebook: Codebook,
  exported: {
    readonly states: ReadonlyMap<string, AuditState>;
    readonly codes: ReadonlyMap<string, string | null>;
  } | null,
  id: string,
): Pick<NewVerdict, "verdict" | "note" | "code"> | string | null {
  const verdict = (cells.verdict ?? "").toLowerCase();
  if (verdict !== "" && verdict !== "accepted" && verdict !== "rejected")
    return `verdict must be accepted, rejected or blank, not "${cells.verdict}"`;
  // The export neutralised would-be formulas with a leading "'"; the note is the text without it.
  const rawNote = (cells.note ?? "").replace(/^'(?=[=+\-@\t\r])/, "");
  const note = rawNote === "" ? null : rawNote;
  const current = mine?.verdict ?? "pending";
  const next = verdict === "" ? current : verdict;
  const given = (cells.code ?? "").trim();
  const asExported =
    exported !== null && given === (exported.codes.get(id) ?? "");
  let code = next === current ? (mine?.code ?? null) : null;
  if (given !== "" && !asExported) {
    const resolved = resolveCode(codebook, given, next);
    if (resolved.problem !== null) return resolved.problem;
    code = resolved.id;
  }
  const noteIsNew =
    note !== null &&
    note !== (mine?.note ?? null) &&
    note !== (exported?.states.get(id)?.note ?? null);
  if (next === current && code === (mine?.code ?? null) && !noteIsNew)
    return null;
  return { verdict: next, note: noteIsNew ? note : null, code };
}
