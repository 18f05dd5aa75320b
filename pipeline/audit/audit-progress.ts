import {
  readCarriedMentionIds,
  readMentions,
  readVerdictRows,
  type Db,
} from "../store/index.js";
import { orphanedVerdicts, type OrphanedVerdict } from "./orphans.js";
import { effectiveVerdicts } from "./verdicts.js";

/** The verdicts of one plan's mentions of one concept. */
export type ProgressRow = {
  readonly plan: string;
  readonly concept: string;
  readonly accepted: number;
  readonly rejected: number;
  readonly pending: number;
  readonly disputed: number;
};

/** How far the audit is: per plan and concept, mentions judged in all, and verdicts whose mention is gone. */
export type AuditProgress = {
  /** By plan, then concept. */
  readonly rows: readonly ProgressRow[];
  /** Mentions accepted or rejected, of `mentions` that count. */
  readonly judged: number;
  readonly mentions: number;
  readonly orphans: readonly OrphanedVerdict[];
};

/** The audit's progress in a database (`audit status`); verdicts whose mention no longer exists are kept. */
export function auditProgress(db: Db): AuditProgress {
  const all = readMentions(db);
  // A mention in a duplicate is never audited: it does not count.
  const mentions = all.filter((m) => m.counted);
  const cells = new Map<string, ProgressRow>();
  for (const m of mentions) {
    const key = `${m.plan_id}\u0000${m.concept}`;
    const c = cells.get(key) ?? {
      plan: m.plan_id,
      concept: m.concept,
      accepted: 0,
      rejected: 0,
      pending: 0,
      disputed: 0,
    };
    cells.set(key, { ...c, [m.verdict]: c[m.verdict] + 1 });
  }
  const current = new Set(all.map((m) => m.mention_id));
  return {
    rows: [...cells]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, row]) => row),
    judged: mentions.filter(
      (m) => m.verdict === "accepted" || m.verdict === "rejected",
    ).length,
    mentions: mentions.length,
    orphans: orphanedVerdicts(
      effectiveVerdicts(readVerdictRows(db)),
      current,
      readCarriedMentionIds(db),
    ),
  };
}
