import type { Agreement, AuditProgress } from "../audit/index.js";
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
    ["when", "auditor", "kind", "mention", "verdict", "note"],
    rows.map((r) => [
      r.decidedAt,
      r.auditor,
      r.kind,
      r.mentionId,
      r.verdict,
      r.note ?? "",
    ]),
  )}\n`;
}

/** `audit agreement`: how often auditors `a` and `b` agree, and what they must settle; as JSON or text. */
export function renderAgreement(
  a: string,
  b: string,
  result: Agreement,
  json: boolean,
): string {
  if (json)
    return `${JSON.stringify({ auditors: [a, b], ...result }, null, 2)}\n`;
  const pct = (x: number | null) =>
    x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
  const kappa = result.kappa === null ? "n/a" : result.kappa.toFixed(3);
  const toSettle = result.disagreements
    .map((d) => `  ${d.mentionId}: ${a} ${d.a}, ${b} ${d.b}`)
    .join("\n");
  return (
    `${a} and ${b} both judged ${counted(result.both, "mention")}; they agree on ${result.agreed} (${pct(result.observed)}); ` +
    `Cohen's kappa ${kappa}\n` +
    (result.disagreements.length === 0
      ? "no disagreements\n"
      : `to settle (stp-scan audit settle <id> accepted|rejected):\n${toSettle}\n`)
  );
}
