import { computeAuditedShare, type AuditedStatistic } from "../stats/index.js";
import { readMentions, readPlanCounts, type Db } from "../store/index.js";

/**
 * The audited statistic of a database (spec §The statistic after audit): its plans' counts and every mention's
 * effective verdict, as `stats --audited`, the report, the audit app and the terminal session all show it.
 */
export function auditedStatisticOf(
  db: Db,
  thresholdMentions: number,
): AuditedStatistic {
  const mentions = readMentions(db).map((m) => ({
    plan: m.plan_id,
    headline: m.headline,
    verdict: m.verdict,
  }));
  return computeAuditedShare(readPlanCounts(db), mentions, thresholdMentions);
}
