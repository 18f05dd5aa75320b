import type { PlanCounts, Statistic } from "../types.js";
import { wilsonInterval } from "./wilson.js";

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

/** Which figure a line gives: after audit (rejected mentions left out) or not, and of which database. */
export type ShareBasis = {
  readonly audited: boolean;
  /** The database (and corpus) the figure describes, when not the default one; shown in brackets. */
  readonly of?: string | null;
};

const percentOf = (share: number) => `${(share * 100).toFixed(1)}%`;

/** "12.5%; 95% interval 5.5%-26.1%", or "n/a" when no plan was fully read. */
export function describePercent(stat: Statistic): string {
  const interval = wilsonInterval(stat.numerator, stat.denominator);
  return stat.share === null || interval === null
    ? "n/a"
    : `${percentOf(stat.share)}; 95% interval ${percentOf(interval.low)}-${percentOf(interval.high)}`;
}

/**
 * The headline line, which always says whether the figure is audited, and gives the 95% Wilson interval:
 * "unaudited: 6 of 41 fully read plans (14.6%; 95% interval 6.9%-28.4%) mention social value; 3 plans reported
 * apart (unreadable documents)".
 */
export function describeShare(stat: Statistic, basis: ShareBasis): string {
  const atLeast =
    stat.threshold === 1
      ? ""
      : ` (at least ${stat.threshold} headline mentions)`;
  const apart = stat.reportedApart.length;
  const label = `${basis.audited ? "audited" : "unaudited"}${basis.of == null ? "" : ` (${basis.of})`}`;
  return (
    `${label}: ${stat.numerator} of ${stat.denominator} fully read plans (${describePercent(stat)}) mention social value${atLeast}; ` +
    `${apart} ${apart === 1 ? "plan" : "plans"} reported apart (unreadable documents)`
  );
}
