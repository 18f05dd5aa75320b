import type { VerdictRow } from "../types.js";
import { groupBy } from "../group-by.js";

/** A settlement as recorded: the verdict that counts, its reason, who settled, when and why. */
export type Settlement = {
  readonly verdict: "accepted" | "rejected";
  readonly code: string | null;
  readonly auditor: string;
  readonly note: string | null;
  /** ISO 8601, UTC. */
  readonly decidedAt: string;
};

/** A mention settled on the record: each auditor's standing verdict (kept, never replaced) and the settlement. */
export type SettledMention = {
  readonly mentionId: string;
  readonly verdicts: readonly {
    readonly auditor: string;
    readonly verdict: "accepted" | "rejected";
    readonly code: string | null;
  }[];
  readonly settlement: Settlement;
};

/**
 * Every mention whose latest settlement stands (one undone by a pending settlement is left out), in the order of
 * their settlements, with each auditor's latest judgement on it (verdict and reason; undone ones left out).
 */
export function settledMentions(rows: readonly VerdictRow[]): SettledMention[] {
  const sorted = [...rows].sort((a, b) => a.verdictId - b.verdictId);
  const settled: { at: number; mention: SettledMention }[] = [];
  for (const [mentionId, history] of groupBy(sorted, (r) => r.mentionId)) {
    const last = history.filter((r) => r.kind === "settle").at(-1);
    if (last === undefined || last.verdict === "pending") continue;
    const latest = new Map(
      history.filter((r) => r.kind === "judge").map((r) => [r.auditor, r]),
    );
    settled.push({
      at: last.verdictId,
      mention: {
        mentionId,
        verdicts: [...latest.values()].flatMap((r) =>
          r.verdict === "pending"
            ? []
            : [
                {
                  auditor: r.auditor,
                  verdict: r.verdict,
                  code: r.code ?? null,
                },
              ],
        ),
        settlement: {
          verdict: last.verdict,
          code: last.code ?? null,
          auditor: last.auditor,
          note: last.note,
          decidedAt: last.decidedAt,
        },
      },
    });
  }
  return settled.sort((a, b) => a.at - b.at).map((s) => s.mention);
}
