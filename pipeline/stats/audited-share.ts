import type { EffectiveVerdict, PlanCounts, Statistic } from "../types.js";
import { computeShare } from "./compute-share.js";
import { groupBy } from "../group-by.js";

/** A headline mention as the audited statistic sees it. */
export type JudgedMention = {
  readonly plan: string;
  readonly headline: boolean;
  readonly verdict: EffectiveVerdict;
};

/** The statistic after audit, with how far the pending mentions can still move it. */
export type AuditedStatistic = {
  /** Rejected mentions do not count (spec §The statistic); pending and disputed ones still do. */
  readonly statistic: Statistic;
  /** Every pending or disputed mention rejected. */
  readonly lowest: Statistic;
  /** Every pending or disputed mention accepted (the same as `statistic`: only rejections remove mentions). */
  readonly highest: Statistic;
  readonly counts: Readonly<Record<EffectiveVerdict, number>>;
  /** Fully read plans whose yes/no still depends on pending or disputed headline mentions. */
  readonly plansThatCanChange: readonly {
    readonly plan: string;
    readonly accepted: number;
    readonly open: number;
  }[];
};

/** Spec §The statistic after audit, and its lowest and highest values while mentions are still open. */
export function computeAuditedShare(
  plans: readonly PlanCounts[],
  mentions: readonly JudgedMention[],
  thresholdMentions: number,
): AuditedStatistic {
  // Each plan's headline verdicts, gathered once: counting per plan over every mention was plans x mentions.
  const headline = groupBy(
    mentions.filter((m) => m.headline),
    (m) => m.plan,
  );
  const count = (plan: string, keep: (v: EffectiveVerdict) => boolean) =>
    (headline.get(plan) ?? []).filter((m) => keep(m.verdict)).length;
  const isOpen = (v: EffectiveVerdict) => v === "pending" || v === "disputed";
  const withHeadline = (keep: (v: EffectiveVerdict) => boolean) =>
    plans.map((p) => ({ ...p, headline: count(p.plan, keep) }));
  const counts = { accepted: 0, rejected: 0, pending: 0, disputed: 0 };
  for (const m of mentions) counts[m.verdict]++;
  const statistic = computeShare(
    withHeadline((v) => v !== "rejected"),
    thresholdMentions,
  );
  return {
    statistic,
    lowest: computeShare(
      withHeadline((v) => v === "accepted"),
      thresholdMentions,
    ),
    highest: statistic,
    counts,
    plansThatCanChange: plans
      .filter((p) => p.unreadable.length === 0)
      .map((p) => ({
        plan: p.plan,
        accepted: count(p.plan, (v) => v === "accepted"),
        open: count(p.plan, isOpen),
      }))
      .filter(
        (p) =>
          p.accepted < thresholdMentions &&
          p.accepted + p.open >= thresholdMentions,
      ),
  };
}
