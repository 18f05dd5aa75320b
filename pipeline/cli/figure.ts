import { auditedStatisticOf } from "../audit/index.js";
import {
  computeShare,
  countPlans,
  describeShare,
  wilsonInterval,
  type AuditedStatistic,
} from "../stats/index.js";
import {
  readPlanFacts,
  readPlanSizes,
  readProjectSettings,
  type Db,
} from "../store/index.js";
import type { Statistic } from "../types.js";
import { whereOf } from "./project-of.js";
import { planStanding } from "../curate/index.js";
import { renderStanding } from "./add-output.js";
import { withDatabase } from "./output.js";
import { forTerminal } from "../terminal-text.js";
import {
  judgedAny,
  renderStatistic,
  renderVerdictsLine,
} from "./render-statistic.js";

/** The unaudited statistic of a database, with the audited one beside it and where it comes from. */
export type Figure = {
  readonly statistic: Statistic;
  readonly audited: AuditedStatistic;
  /** The database and corpus to name, or null for the default ones. */
  readonly where: string | null;
  readonly dbFile: string;
  readonly corpus: string | null;
  readonly sizes: ReadonlyMap<string, { documents: number; pages: number }>;
};

/** The figure `scan`, `add` and `stats` print, read from the open database. */
export function figureOf(db: Db, dbFile: string, threshold: number): Figure {
  return {
    statistic: computeShare(countPlans(readPlanFacts(db)), threshold),
    audited: auditedStatisticOf(db, threshold),
    where: whereOf(db, dbFile),
    dbFile,
    corpus: readProjectSettings(db)?.corpus ?? null,
    sizes: readPlanSizes(db),
  };
}

/** The headline line alone (`scan --quiet`), and what the verdicts say of it once there are any. */
export const renderHeadline = (f: Figure): string =>
  forTerminal(
    `${describeShare(f.statistic, { audited: false, of: f.where })}\n${judgedAny(f.audited) ? renderVerdictsLine(f.audited) : ""}`,
  );

/** The table, the headline line and what the verdicts say of it. */
export const renderFigure = (f: Figure): string =>
  forTerminal(
    `${renderStatistic(f.statistic, f.sizes, { audited: false, of: f.where })}${renderVerdictsLine(f.audited)}`,
  );

/**
 * The figure as JSON: the statistic's own fields (as before), said to be unaudited, with its 95% Wilson interval,
 * the database and corpus, the verdicts recorded and the audited figure they give.
 */
export function figureJson(f: Figure) {
  const a = f.audited;
  return {
    ...f.statistic,
    audited: false,
    interval: wilsonInterval(f.statistic.numerator, f.statistic.denominator),
    database: f.dbFile,
    corpus: f.corpus,
    verdicts: a.counts,
    auditedFigure: {
      numerator: a.statistic.numerator,
      denominator: a.statistic.denominator,
      share: a.statistic.share,
      interval: wilsonInterval(a.statistic.numerator, a.statistic.denominator),
    },
  };
}

/** After an add or a remove: the plan's new counts, then the headline line, read from the database once. */
export async function renderPlanAfter(
  dbFile: string,
  planId: string,
  threshold: number,
): Promise<string> {
  const figure = await withDatabase(dbFile, (db) =>
    figureOf(db, dbFile, threshold),
  );
  const standing = planStanding(figure.statistic, figure.sizes, planId);
  return `${renderStanding(planId, standing)}${renderHeadline(figure)}`;
}
