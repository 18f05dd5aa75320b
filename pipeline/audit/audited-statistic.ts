import {
  COUNTING_RULES,
  compareRules,
  computeAuditedShare,
  countPlans,
  type AuditedStatistic,
  type RuleOutcome,
} from "../stats/index.js";
import { inLocations } from "../locate/index.js";
import { readPlanFacts, type Db } from "../store/index.js";
import type { Location, PlanCounts } from "../types.js";
import { loadMentions, type MentionRow } from "./mentions-with-verdicts.js";

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
    countPlans(readPlanFacts(db)),
    loadMentions(db),
    thresholdMentions,
    options,
  );
}

/**
 * Whether a mention counts toward the headline figure: found by the lexicon (a passage an analyst coded counts
 * only in the broad one), not in a duplicate, and in one of the `countIn` locations when they are given.
 */
export const isCounted = (
  m: Pick<MentionRow, "location"> &
    Partial<Pick<MentionRow, "counted" | "source">>,
  countIn: CountOptions["countIn"],
): boolean =>
  m.counted !== false &&
  m.source !== "analyst" &&
  inLocations(countIn, m.location);

/** The audited statistic from plans' counts and mention rows already read (the audit app keeps them). */
export function auditedStatisticOfRows(
  plans: readonly PlanCounts[],
  rows: readonly (Pick<
    MentionRow,
    "plan_id" | "headline" | "verdict" | "location"
  > &
    Partial<Pick<MentionRow, "counted" | "source">>)[],
  thresholdMentions: number,
  options: CountOptions = {},
): AuditedStatistic {
  // The headline statistic stays lexical (spec v2.1 point 4): coded passages count in the broad one only.
  const mentions = rows
    .filter((m) => isCounted(m, options.countIn))
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
