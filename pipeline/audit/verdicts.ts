import type { EffectiveVerdict, VerdictRow } from "../types.js";
import { groupBy } from "../group-by.js";

/** A mention's audit state: its effective verdict, each auditor's latest verdict, its latest note. */
export type AuditState = {
  readonly verdict: EffectiveVerdict;
  readonly byAuditor: ReadonlyMap<string, "accepted" | "rejected" | "pending">;
  readonly note: string | null;
};

/**
 * The effective verdict of each mention from its history (rows in any order): the latest settlement when there
 * is one; else the verdict every auditor who judged it agrees on; `disputed` when they disagree; `pending`
 * when nobody has judged it (or every judgement was undone).
 */
export function effectiveVerdicts(
  rows: readonly VerdictRow[],
): Map<string, AuditState> {
  const byMention = groupBy(
    [...rows].sort((a, b) => a.verdictId - b.verdictId),
    (row) => row.mentionId,
  );
  const states = new Map<string, AuditState>();
  for (const [mentionId, history] of byMention) {
    const byAuditor = new Map<string, VerdictRow["verdict"]>();
    let settled: VerdictRow | null = null;
    let note: string | null = null;
    for (const row of history) {
      if (row.kind === "settle") settled = row;
      else byAuditor.set(row.auditor, row.verdict);
      if (row.note !== null && row.note !== "") note = row.note;
    }
    const judged = new Set(
      [...byAuditor.values()].filter((v) => v !== "pending"),
    );
    let verdict: EffectiveVerdict;
    if (settled !== null && settled.verdict !== "pending")
      verdict = settled.verdict;
    else if (judged.size === 0) verdict = "pending";
    else if (judged.size === 1)
      verdict = [...judged][0] as "accepted" | "rejected";
    else verdict = "disputed";
    states.set(mentionId, { verdict, byAuditor, note });
  }
  return states;
}

/** A mention's effective verdict, `pending` when it has no history. */
export const verdictOf = (
  states: ReadonlyMap<string, AuditState>,
  mentionId: string,
): EffectiveVerdict => states.get(mentionId)?.verdict ?? "pending";
