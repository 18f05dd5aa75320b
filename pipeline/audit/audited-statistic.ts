import {
  COUNTING_RULES,
  compareRules,
  computeAuditedShare,
  type AuditedStatistic,
  type RuleOutcome,
} from "../stats/index.js";
import { inLocations } from "../locate/index.js";
import {
  readMentions,
  readPlanCounts,
  type Db,
  type MentionRow,
} from "../store/index.js";
import type { Location, PlanCounts } from "../types.js";

/** How the statistic is counted. */
export type CountOptions = {
  /** Only mentions in these locations count (`--count-in`); all when absent. */
  readonly countIn?: ReadonlySet<Location> | undefined;
  /** Count every mention, rejected ones too (the statistic before audit). @default false */
  readonly ignoreVerdicts?: boolean;
};

/**
 * The audited statistic of a database (spec §The statistic after audit): its plans' counts and every mention's
 * effective verdict, as `stats --audited`, the report, the audit app and the terminal session all show it;
 * `countIn` keeps only mentions in those locations, `ignoreVerdicts` gives the statistic before audit.
 */
export function auditedStatisticOf(
  db: Db,
  thresholdMentions: number,
  options: CountOptions = {},
): AuditedStatistic {
  return auditedStatisticOfRows(
    readPlanCounts(db),
    readMentions(db),
    thresholdMentions,
    options,
  );
}

/** The audited statistic from plans' counts and mention rows already read (the audit app keeps them). */
export function auditedStatisticOfRows(
  plans: readonly PlanCounts[],
  rows: readonly (Pick<
    MentionRow,
    "plan_id" | "headline" | "verdict" | "location"
  > &
    Partial<Pick<MentionRow, "counted">>)[],
  thresholdMentions: number,
  options: CountOptions = {},
): AuditedStatistic {
  const mentions = rows
    .filter(
      (m) => m.counted !== false && inLocations(options.countIn, m.location),
    )
    .map((m) => ({
      plan: m.plan_id,
      headline: m.headline,
      verdict:
        options.ignoreVerdicts === true ? ("pending" as const) : m.verdict,
    }));
  return computeAuditedShare(plans, mentions, thresholdMentions);
}

/** The statistic under each counting rule (`stats --sensitivity`, the report's sensitivity table). */
export function sensitivityOf(
  db: Db,
  thresholdMentions: number,
  options: Omit<CountOptions, "countIn"> = {},
): RuleOutcome[] {
  return compareRules(
    COUNTING_RULES.map((rule) => ({
      rule,
      statistic: auditedStatisticOf(db, thresholdMentions, {
        ...options,
        countIn: new Set(rule.locations),
      }).statistic,
    })),
  );
}
