import type { PlanCounts, Statistic } from "../types.js";

/**
 * Spec §The statistic: a plan mentions social value when it holds >= threshold headline mentions; the share is
 * over plans whose every document was read. A plan with an unreadable document is reported apart with its
 * reasons, never counted as zero (its readable documents' mentions still show in `headline`).
 */
export function computeShare(
  plans: readonly PlanCounts[],
  thresholdMentions: number,
): Statistic {
  const rows = plans.map((p) => ({
    plan: p.plan,
    name: p.name,
    region: p.region,
    headline: p.headline,
    related: p.related,
    mentions: p.unreadable.length > 0 ? null : p.headline >= thresholdMentions,
  }));
  const read = rows.filter((r) => r.mentions !== null);
  const numerator = read.filter((r) => r.mentions === true).length;
  return {
    threshold: thresholdMentions,
    numerator,
    denominator: read.length,
    share: read.length === 0 ? null : numerator / read.length,
    reportedApart: plans
      .filter((p) => p.unreadable.length > 0)
      .map((p) => ({
        plan: p.plan,
        reasons: p.unreadable.map((u) => `${u.status}: ${u.document}`),
      })),
    plans: rows,
  };
}

/** The headline line: "6 of 41 fully read plans (14.6%) mention social value; 3 plans reported apart (...)". */
export function describeShare(stat: Statistic): string {
  const percent =
    stat.share === null ? "n/a" : `${(stat.share * 100).toFixed(1)}%`;
  const atLeast =
    stat.threshold === 1
      ? ""
      : ` (at least ${stat.threshold} headline mentions)`;
  const apart = stat.reportedApart.length;
  return (
    `${stat.numerator} of ${stat.denominator} fully read plans (${percent}) mention social value${atLeast}; ` +
    `${apart} ${apart === 1 ? "plan" : "plans"} reported apart (unreadable documents)`
  );
}
