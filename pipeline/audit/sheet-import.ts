import { effectiveVerdicts } from "./verdicts.js";
import { loadMentions } from "./mentions-with-verdicts.js";
import { readCsv, renderCsv, separatorHint, type Cell } from "../csv/index.js";
import { RAW_TEXT_COLUMNS, readableMentions } from "./readable-mentions.js";
import {
  appendVerdicts,
  readMentions,
  readVerdictRows,
  type Db,
  type NewVerdict,
} from "../store/index.js";
import { MENTION_COLUMNS } from "../types.js";

/**
 * Columns of `audit export`: those of `export mentions`, then the note and each auditor's verdict, then the columns
 * added since (`location`, `source`, `confidence`: issues 17 and 15; the passage as extracted), so every column
 * keeps the place it had.
 */
const ADDED_SINCE = ["location", "source", "confidence"];
// `counted` is left out: the sheet holds only mentions that count.
export const AUDIT_COLUMNS = [
  ...MENTION_COLUMNS.filter((c) => !ADDED_SINCE.includes(c) && c !== "counted"),
  "note",
  "auditors",
  ...ADDED_SINCE,
  ...RAW_TEXT_COLUMNS,
];

/** The audit sheet's rows: every mention, verdict blank where nobody has settled it yet (pending or disputed). */
export function auditSheetRows(db: Db): Record<string, Cell>[] {
  const states = effectiveVerdicts(readVerdictRows(db));
  // A mention in a duplicate is never audited: it does not count.
  return readableMentions(
    db,
    loadMentions(db).filter((m) => m.counted),
  ).map(({ boxes: _boxes, ...m }) => {
    const state = states.get(m.mention_id);
    const auditors = [...(state?.byAuditor ?? new Map<string, string>())]
      .filter(([, v]) => v !== "pending")
      .map(([a, v]) => `${a}: ${v}`);
    return {
      ...m,
      verdict:
        m.verdict === "accepted" || m.verdict === "rejected" ? m.verdict : "",
      note: m.note,
      auditors: auditors.join("; "),
    };
  });
}

/** The audit sheet as CSV. */
export function renderAuditSheet(db: Db): string {
  return renderCsv(AUDIT_COLUMNS, auditSheetRows(db));
}

/** What an import did: rows applied, rows already so, and rows refused with `file:line: reason`. */
export type ImportOutcome = {
  readonly applied: number;
  readonly unchanged: number;
  readonly refused: readonly string[];
};

/**
 * Reads an audit sheet (mention_id, verdict = accepted/rejected/blank for no change, note) as a spreadsheet saves
 * it, checks every row, and applies the rows that can be applied in one transaction. Rows that would change
 * nothing (same verdict and note as the auditor's current ones) are skipped, so importing twice is harmless.
 */
export function importAuditSheet(
  db: Db,
  file: string,
  auditor: string,
): ImportOutcome {
  const { header, rows } = readCsv(file);
  for (const column of ["mention_id", "verdict"]) {
    if (!header.includes(column))
      return {
        applied: 0,
        unchanged: 0,
        refused: [`${file}:1: no "${column}" column${separatorHint(header)}`],
      };
  }
  const known = new Set(readMentions(db).map((m) => m.mention_id));
  const states = effectiveVerdicts(readVerdictRows(db));
  const refused: string[] = [];
  const toApply: NewVerdict[] = [];
  const seen = new Map<string, number>();
  let unchanged = 0;
  for (const { cells, line } of rows) {
    const id = cells.mention_id ?? "";
    const verdict = (cells.verdict ?? "").toLowerCase();
    // The export neutralised would-be formulas with a leading "'"; the note is the text without it.
    const rawNote = (cells.note ?? "").replace(/^'(?=[=+\-@\t\r])/, "");
    const note = rawNote === "" ? null : rawNote;
    const refuse = (reason: string) =>
      refused.push(`${file}:${line}: ${reason}`);
    if (id === "") {
      refuse("no mention_id");
      continue;
    }
    if (!known.has(id)) {
      refuse(
        `no mention ${id} in the database (removed by a re-scan, or mistyped)`,
      );
      continue;
    }
    if (seen.has(id)) {
      refuse(`mention ${id} is listed again (first on line ${seen.get(id)})`);
      continue;
    }
    seen.set(id, line);
    if (verdict !== "" && verdict !== "accepted" && verdict !== "rejected") {
      refuse(
        `verdict must be accepted, rejected or blank, not "${cells.verdict}"`,
      );
      continue;
    }
    const current = states.get(id)?.byAuditor.get(auditor) ?? "pending";
    const currentNote = states.get(id)?.note ?? null;
    const next = verdict === "" ? current : verdict;
    if (next === current && (note === null || note === currentNote)) {
      unchanged++;
      continue;
    }
    toApply.push({
      mentionId: id,
      verdict: next,
      auditor,
      note,
      kind: "judge",
    });
  }
  appendVerdicts(db, toApply);
  return { applied: toApply.length, unchanged, refused };
}
