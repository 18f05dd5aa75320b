import type { EffectiveVerdict, PlanCounts, Statistic } from "../types.js";
import { computeShare } from "./compute-share.js";

/** A mention as the broad statistic sees it: a lexical headline mention, or a passage an analyst coded. */
export type BroadMention = {
  readonly plan: string;
  readonly kind: "headline" | "coded";
  readonly verdict: EffectiveVerdict;
};

/** A plan in the broad statistic: its headline mentions not rejected, its coded passages, and whether it counts. */
export type BroadPlan = Statistic["plans"][number] & {
  /** Coded passages of the concept that are not rejected. */
  readonly coded: number;
};

/**
 * The broad statistic (spec v2.1 point 4): plans that discuss the concept, counting headline mentions that are not
 * rejected plus the coded passages, over the same plans fully read as the headline figure. Never mixed into the
 * headline figure.
 */
export type BroadStatistic = Omit<Statistic, "plans"> & {
  readonly plans: readonly BroadPlan[];
  /** Coded passages that count (not rejected, in counted documents of any plan). */
  readonly codedPassages: number;
  /** Fully read plans that count only because of coded passages: too few headline mentions on their own. */
  readonly plansBeyondHeadline: readonly string[];
};

/**
 * Spec v2.1 point 4: a plan discusses the concept when its headline mentions not rejected and its coded passages
 * not rejected reach the threshold together; `headline` in each plan stays the lexical count.
 */
export function computeBroadShare(
  plans: readonly PlanCounts[],
  mentions: readonly BroadMention[],
  thresholdMentions: number,
): BroadStatistic {
  const tally = new Map<string, { headline: number; coded: number }>();
  for (const m of mentions) {
    if (m.verdict === "rejected") continue;
    const t = tally.get(m.plan) ?? { headline: 0, coded: 0 };
    t[m.kind]++;
    tally.set(m.plan, t);
  }
  const countOf = (plan: string) =>
    tally.get(plan) ?? { headline: 0, coded: 0 };
  const share = computeShare(
    plans.map((p) => {
      const t = countOf(p.plan);
      return { ...p, headline: t.headline + t.coded };
    }),
    thresholdMentions,
  );
  const rows = share.plans.map((r) => ({ ...r, ...countOf(r.plan) }));
  return {
    ...share,
    plans: rows,
    codedPassages: rows.reduce((sum, r) => sum + r.coded, 0),
    plansBeyondHeadline: rows
      .filter((r) => r.mentions === true && r.headline < thresholdMentions)
      .map((r) => r.plan),
  };
}
