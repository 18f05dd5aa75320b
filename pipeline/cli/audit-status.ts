import {
  effectiveVerdicts,
  loadMentions,
  orphanedVerdicts,
} from "../audit/index.js";
import {
  readCarriedMentionIds,
  readVerdictRows,
  type Db,
} from "../store/index.js";
import { formatTable } from "../report/index.js";
import { counted } from "../plural.js";

/** Progress per plan and concept, then verdicts whose mention no longer exists (kept, never deleted). */
export function renderAuditStatus(db: Db): string {
  const all = loadMentions(db);
  // A mention in a duplicate is never audited: it does not count.
  const mentions = all.filter((m) => m.counted);
  const cells = new Map<
    string,
    { accepted: number; rejected: number; pending: number; disputed: number }
  >();
  for (const m of mentions) {
    const key = `${m.plan_id}\u0000${m.concept}`;
    const c = cells.get(key) ?? {
      accepted: 0,
      rejected: 0,
      pending: 0,
      disputed: 0,
    };
    c[m.verdict]++;
    cells.set(key, c);
  }
  const rows = [...cells]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, c]) => {
      const [plan, concept] = key.split("\u0000") as [string, string];
      const total = c.accepted + c.rejected + c.pending + c.disputed;
      return [
        plan,
        concept,
        c.accepted,
        c.rejected,
        c.pending,
        c.disputed,
        `${Math.round(((c.accepted + c.rejected) / total) * 100)}%`,
      ];
    });
  const current = new Set(all.map((m) => m.mention_id));
  const orphans = orphanedVerdicts(
    effectiveVerdicts(readVerdictRows(db)),
    current,
    readCarriedMentionIds(db),
  );
  const done = mentions.filter(
    (m) => m.verdict === "accepted" || m.verdict === "rejected",
  ).length;
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
    `${done} of ${counted(mentions.length, "mention")} judged`,
    orphans.length === 0
      ? "no orphaned verdicts"
      : `${counted(orphans.length, "orphaned verdict")} (their mention is no longer found; kept):\n` +
        orphans
          .map(
            ({ mentionId, state: s }) =>
              `  ${mentionId}: ${s.verdict}${s.note ? ` (${s.note})` : ""}`,
          )
          .join("\n"),
    "",
  ].join("\n");
}
