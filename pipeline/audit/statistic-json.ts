import {
  computeShare,
  countPlans,
  figureJson,
  intervalOf,
  shareFigures,
  summariseOcr,
} from "../stats/index.js";
import {
  readOcrFigures,
  readPlanFacts,
  declarationTables,
  type Db,
} from "../store/index.js";
import type { Location, Statistic } from "../types.js";
import { auditedStatisticOf, sensitivityOf } from "./audited-statistic.js";
import { codeCountsOf } from "./double-coding.js";
import { broadJson, broadStatisticOf } from "./broad-statistic.js";
import { elusionJson } from "./elusion.js";
import { figureOf } from "./figure.js";

/** How a statistic is counted: the plans' threshold, the locations that count (or all), rejected mentions left out. */
export type StatisticCount = {
  readonly threshold: number;
  readonly countIn: readonly Location[] | "all";
  readonly audited: boolean;
};

/** The locations whose mentions count, or undefined for every one. */
export const countedLocations = (
  count: StatisticCount,
): ReadonlySet<Location> | undefined =>
  count.countIn === "all" ? undefined : new Set(count.countIn);

/**
 * The statistic of a database counted as `count` says (`--threshold`, `--count-in`, `--audited`), as `stats --json`
 * prints it: the one builder of that JSON, for `stats` and for a bundle's statistic.json. Given the database file
 * `dbFile`, it is `stats --json` in full: the interval, the database and (counted as scanned) the corpus, the
 * verdicts and the audited figure, what OCR contributed and the pages declared read. Without it, it is the figure
 * alone, as a bundle holds it for a reader elsewhere. Audited, both give the judged mentions by reason (`codes`).
 */
export function statisticJson(
  db: Db,
  count: StatisticCount,
  dbFile?: string,
): Statistic & Readonly<Record<string, unknown>> {
  return { ...headlineJson(db, count, dbFile), ...beyondJson(db, count) };
}

/**
 * Beyond the words (spec v2.1 points 4 and 5), beside the headline figure and never mixed into it: the broad
 * statistic (with `--count-in`, its headline mentions in those locations) and the latest elusion draw (null: none).
 */
const beyondJson = (db: Db, count: StatisticCount) => ({
  broad: broadJson(
    broadStatisticOf(db, count.threshold, countedLocations(count)),
  ),
  elusion: elusionJson(db),
});

/** The headline figure of statisticJson. */
function headlineJson(
  db: Db,
  count: StatisticCount,
  dbFile?: string,
): Statistic & Readonly<Record<string, unknown>> {
  const countIn = countedLocations(count);
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
      codes: codeCountsOf(db, countIn),
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
  if (!isFull)
    return computeShare(countPlans(readPlanFacts(db)), count.threshold);
  const figure = figureOf(db, dbFile, count.threshold);
  return {
    ...figureJson(figure),
    ocr: summariseOcr(readOcrFigures(db), figure.statistic).data,
    pagesDeclaredRead: declarationTables.readStandingDeclarations(db).length,
  };
}

/** `stats --json`: the statistic as statisticJson gives it, or with `sensitivity` the statistic under each counting rule. */
export function statsJson(
  db: Db,
  asked: StatisticCount & { readonly sensitivity: boolean },
  dbFile: string,
): Readonly<Record<string, unknown>> {
  if (!asked.sensitivity) return statisticJson(db, asked, dbFile);
  const { threshold, audited } = asked;
  const rules = sensitivityOf(db, threshold, { ignoreVerdicts: !audited });
  return { threshold, audited, rules };
}
