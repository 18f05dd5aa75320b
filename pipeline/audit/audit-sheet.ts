import { renderCsv, type Cell } from "../csv/index.js";
import { readVerdictRows, type Db } from "../store/index.js";
import { MENTION_COLUMNS } from "../types.js";
import { effectiveCodes, ownStates } from "./codings.js";
import { assignmentOf } from "./double-coding.js";
import { RAW_TEXT_COLUMNS, readableMentions } from "./readable-mentions.js";
import { loadMentions } from "./mentions-with-verdicts.js";
import { effectiveVerdicts } from "./verdicts.js";

/**
 * Columns of `audit export`: those of `export mentions`, then the note and each auditor's verdict, then the columns
 * added since (`location`, `source`, `confidence`; the passage as extracted; the reason, and whom the sheet was
 * exported for and whether blind), so every column keeps the place it had.
 */
const ADDED_SINCE = ["location", "source", "confidence"];
/** What an import reads to know whose sheet it is: the auditor it was exported for, and whether blind. */
export const SHEET_OWNER_COLUMNS = ["exported_for", "blind"] as const;
// `counted` is left out: the sheet holds only mentions that count.
export const AUDIT_COLUMNS = [
  ...MENTION_COLUMNS.filter((c) => !ADDED_SINCE.includes(c) && c !== "counted"),
  "note",
  "auditors",
  ...ADDED_SINCE,
  ...RAW_TEXT_COLUMNS,
  "code",
  ...SHEET_OWNER_COLUMNS,
];

/** Whom a sheet is for: the auditor, and whether it shows them nothing of other auditors (blind). */
export type SheetFor = { readonly auditor: string; readonly blind: boolean };

/**
 * The audit sheet's rows for an auditor. Open: every mention that counts, with the verdict that counts (blank where
 * nobody has settled it yet: pending or disputed), its reason and latest note, and each auditor's verdict. Blind:
 * the mentions of the auditor's assignment (all that count when they have none) with only their own verdict,
 * reason and note, nothing of any other auditor's.
 */
export function auditSheetRows(
  db: Db,
  sheet: SheetFor,
): Record<string, Cell>[] {
  const rows = readVerdictRows(db);
  const states = effectiveVerdicts(rows);
  const codes = effectiveCodes(rows, states);
  const own = ownStates(rows, sheet.auditor);
  const assigned = sheet.blind ? assignmentOf(db, sheet.auditor) : null;
  // A mention in a duplicate is never audited: it does not count.
  const mentions = loadMentions(db).filter(
    (m) => m.counted && (assigned === null || assigned.has(m.mention_id)),
  );
  const judged = (v: string) => (v === "accepted" || v === "rejected" ? v : "");
  return readableMentions(db, mentions).map(({ boxes: _boxes, ...m }) => {
    const mine = own.get(m.mention_id);
    const auditors = [...(states.get(m.mention_id)?.byAuditor ?? [])]
      .filter(([, v]) => v !== "pending")
      .map(([a, v]) => `${a}: ${v}`);
    const shown = sheet.blind
      ? {
          verdict: judged(mine?.verdict ?? ""),
          note: mine?.note ?? null,
          auditors: "",
          code: mine?.code ?? null,
        }
      : {
          verdict: judged(m.verdict),
          note: m.note,
          auditors: auditors.join("; "),
          code: codes.get(m.mention_id) ?? null,
        };
    return {
      ...m,
      ...shown,
      exported_for: sheet.auditor,
      blind: sheet.blind,
    };
  });
}

/** The audit sheet as CSV. */
export function renderAuditSheet(db: Db, sheet: SheetFor): string {
  return renderCsv(AUDIT_COLUMNS, auditSheetRows(db, sheet));
}
