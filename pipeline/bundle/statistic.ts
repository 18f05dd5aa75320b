import { auditedStatisticOf, codeCountsOf } from "../audit/index.js";
import { computeShare, type AuditedStatistic } from "../stats/index.js";
import { readPlanCounts, type Db } from "../store/index.js";
import type { Statistic } from "../types.js";
import type { BundleSettings, BundleStatistic } from "./contents.js";

const figures = (s: Statistic) => ({
  numerator: s.numerator,
  denominator: s.denominator,
  share: s.share,
});

/**
 * The statistic of a database counted as `settings` say, in the shape `stats --json` prints with the same
 * options (`--threshold`, `--count-in`, `--audited`), so a reader can compare the two.
 */
// The same objects as cli/stats-command.ts builds (nothing imports cli/); keep the two in step.
export function statisticOf(db: Db, settings: BundleSettings): BundleStatistic {
  const countIn =
    settings.countIn === "all" ? undefined : new Set(settings.countIn);
  if (settings.audited) {
    const a: AuditedStatistic = auditedStatisticOf(db, settings.threshold, {
      countIn,
    });
    return {
      ...a.statistic,
      audited: true,
      verdicts: a.counts,
      lowest: figures(a.lowest),
      highest: figures(a.highest),
      plansThatCanChange: a.plansThatCanChange,
      codes: codeCountsOf(db, countIn),
    };
  }
  if (countIn !== undefined)
    return {
      ...auditedStatisticOf(db, settings.threshold, {
        countIn,
        ignoreVerdicts: true,
      }).statistic,
      countIn: [...countIn],
    };
  return computeShare(readPlanCounts(db), settings.threshold);
}
