import type { AuditProgress } from "../audit/index.js";
import { counted } from "../plural.js";
import type { VerdictRow } from "../types.js";
import { formatTable } from "./format-table.js";

/** `audit status`: progress per plan and concept, then verdicts whose mention no longer exists (kept, never deleted). */
export function renderAuditStatus(p: AuditProgress): string {
  const rows = p.rows.map((c) => {
    const total = c.accepted + c.rejected + c.pending + c.disputed;
    return [
      c.plan,
      c.concept,
      c.accepted,
      c.rejected,
      c.pending,
      c.disputed,
      `${Math.round(((c.accepted + c.rejected) / total) * 100)}%`,
    ];
  });
  return [
    formatTable(
      [
        "plan",
        "concept",
        "accepted",
        "rejected",
        "pending",
        "disputed",
        "done",
      ],
      rows,
    ),
    "",
    `${p.judged} of ${counted(p.mentions, "mention")} judged`,
    p.orphans.length === 0
      ? "no orphaned verdicts"
      : `${counted(p.orphans.length, "orphaned verdict")} (their mention is no longer found; kept):\n` +
        p.orphans
          .map(
            ({ mentionId, state: s }) =>
              `  ${mentionId}: ${s.verdict}${s.note ? ` (${s.note})` : ""}`,
          )
          .join("\n"),
    "",
  ].join("\n");
}

/** `audit log`: the verdict history, as JSON or as a table. */
export function renderVerdictLog(
  rows: readonly VerdictRow[],
  json: boolean,
): string {
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  return `${formatTable(
    ["when", "auditor", "kind", "mention", "verdict", "code", "blind", "note"],
    rows.map((r) => [
      r.decidedAt,
      r.auditor,
      r.kind,
      r.mentionId,
      r.verdict,
      r.code ?? "",
      r.blind === true ? "yes" : "",
      r.note ?? "",
    ]),
  )}\n`;
}
