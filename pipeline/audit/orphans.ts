import type { AuditState } from "./verdicts.js";

/** A verdict whose mention is no longer found; it is kept, never deleted. */
export type OrphanedVerdict = {
  readonly mentionId: string;
  readonly state: AuditState;
};

/**
 * The one rule for "orphaned verdict" (the scan's change summary and `audit status` both use it): a mention not
 * among `current` whose effective verdict (see effectiveVerdicts: what audit status shows and the statistic
 * counts) is not pending, and whose verdict was not carried to the mention now on its passage (`carried`, see
 * carryVerdicts). So a note alone, which the walk stores as a pending row, never hides another auditor's
 * verdict, and a verdict undone (back to pending) orphans nothing. In the order of `states`.
 */
export function orphanedVerdicts(
  states: ReadonlyMap<string, AuditState>,
  current: { has(mentionId: string): boolean },
  carried: { has(mentionId: string): boolean } = new Set<string>(),
): OrphanedVerdict[] {
  return [...states]
    .filter(
      ([id, state]) =>
        !current.has(id) && !carried.has(id) && state.verdict !== "pending",
    )
    .map(([mentionId, state]) => ({ mentionId, state }));
}
