import { auditedStatisticOf, figureOf, sensitivityOf } from "../audit/index.js";
import {
  computeShare,
  figureJson,
  intervalOf,
  shareFigures,
  summariseOcr,
} from "../stats/index.js";
import {
  readOcrFigures,
  readPlanCounts,
  readStandingDeclarations,
  type Db,
} from "../store/index.js";
import type { BundleStatistic, CountSettings } from "./contents.js";

/**
 * The statistic of a database counted as `count` says (`--threshold`, `--count-in`, `--audited`), as `stats --json`
 * prints it: the one builder of that JSON, for `stats` and for a bundle's statistic.json. Given the database file
 * `dbFile`, it is `stats --json` in full: the interval, the database and (counted as scanned) the corpus, the
 * verdicts and the audited figure, what OCR contributed and the pages declared read. Without it, it is the figure
 * alone, as a bundle holds it for a reader elsewhere.
 */
export function statisticJson(
  db: Db,
  count: CountSettings,
  dbFile?: string,
): BundleStatistic {
  const countIn = count.countIn === "all" ? undefined : new Set(count.countIn);
  const isFull = dbFile !== undefined;
  if (count.audited) {
    const a = auditedStatisticOf(db, count.threshold, { countIn });
    return {
      ...a.statistic,
      audited: true,
      ...(isFull
        ? { interval: intervalOf(a.statistic), database: dbFile }
        : {}),
      verdicts: a.counts,
      lowest: shareFigures(a.lowest),
      highest: shareFigures(a.highest),
      plansThatCanChange: a.plansThatCanChange,
    };
  }
  if (countIn !== undefined) {
    const s = auditedStatisticOf(db, count.threshold, {
      countIn,
      ignoreVerdicts: true,
    }).statistic;
    return {
      ...s,
      ...(isFull ? { audited: false, interval: intervalOf(s) } : {}),
      countIn: [...countIn],
    };
  }
  if (!isFull) return computeShare(readPlanCounts(db), count.threshold);
  const figure = figureOf(db, dbFile, count.threshold);
  return {
    ...figureJson(figure),
    ocr: summariseOcr(readOcrFigures(db), figure.statistic).data,
    pagesDeclaredRead: readStandingDeclarations(db).length,
  };
}

/** `stats --json`: the statistic as statisticJson gives it, or with `sensitivity` the statistic under each counting rule. */
export function statsJson(
  db: Db,
  asked: CountSettings & { readonly sensitivity: boolean },
  dbFile: string,
): Readonly<Record<string, unknown>> {
  if (!asked.sensitivity) return statisticJson(db, asked, dbFile);
  const { threshold, audited } = asked;
  const rules = sensitivityOf(db, threshold, { ignoreVerdicts: !audited });
  return { threshold, audited, rules };
}
