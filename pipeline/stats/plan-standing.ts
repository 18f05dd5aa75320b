import type { Statistic } from "../types.js";
import type { PlanSizes } from "./figure.js";

/** Where a plan stands in the database: its size, its mentions, and whether it counts. */
export type PlanStanding = {
  readonly documents: number;
  readonly pages: number;
  readonly headline: number;
  readonly related: number;
  /** Why the plan is reported apart, or null when it is counted. */
  readonly apartReasons: readonly string[] | null;
  readonly mentions: boolean;
};

/** A plan's standing in a statistic and the plans' sizes already read (after an add or remove scanned). */
export function planStanding(
  statistic: Statistic,
  sizes: PlanSizes,
  planId: string,
): PlanStanding {
  const size = sizes.get(planId) ?? { documents: 0, pages: 0 };
  const row = statistic.plans.find((p) => p.plan === planId);
  const apart = statistic.reportedApart.find((a) => a.plan === planId);
  return {
    ...size,
    headline: row?.headline ?? 0,
    related: row?.related ?? 0,
    apartReasons: apart === undefined ? null : apart.reasons,
    mentions: Boolean(row?.mentions),
  };
}
