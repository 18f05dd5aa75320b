import { computeShare } from "../stats/index.js";
import { openDatabase, readPlanCounts, readPlanSizes } from "../store/index.js";
import type { Statistic } from "../types.js";

/** Where a plan stands in the database: its size, its mentions, whether it counts, and the statistic. */
export type PlanStanding = {
  readonly documents: number;
  readonly pages: number;
  readonly headline: number;
  readonly related: number;
  /** Why the plan is reported apart, or null when it is counted. */
  readonly apartReasons: readonly string[] | null;
  readonly mentions: boolean;
  readonly statistic: Statistic;
};

/** Reads a plan's standing back from the database (after an add scanned its new files). */
export function readPlanStanding(
  dbFile: string,
  planId: string,
  threshold: number,
): PlanStanding {
  const db = openDatabase(dbFile, { mustExist: true });
  try {
    const statistic = computeShare(readPlanCounts(db), threshold);
    const size = readPlanSizes(db).get(planId) ?? { documents: 0, pages: 0 };
    const row = statistic.plans.find((p) => p.plan === planId);
    const apart = statistic.reportedApart.find((a) => a.plan === planId);
    return {
      ...size,
      headline: row?.headline ?? 0,
      related: row?.related ?? 0,
      apartReasons: apart === undefined ? null : apart.reasons,
      mentions: Boolean(row?.mentions),
      statistic,
    };
  } finally {
    db.close();
  }
}
