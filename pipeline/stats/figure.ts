import type { Statistic } from "../types.js";
import type { AuditedStatistic } from "./audited-share.js";
import { wilsonInterval } from "./wilson.js";

/** Documents and pages of each plan still in the corpus, by plan id. */
export type PlanSizes = ReadonlyMap<
  string,
  { readonly documents: number; readonly pages: number }
>;

/** The unaudited statistic of a database, with the audited one beside it and where it comes from. */
export type Figure = {
  readonly statistic: Statistic;
  readonly audited: AuditedStatistic;
  /** The database and corpus to name, or null for the default ones. */
  readonly where: string | null;
  readonly dbFile: string;
  readonly corpus: string | null;
  readonly sizes: PlanSizes;
};

/** The counts and share of a statistic, without its plans: a figure another is compared with. */
export const shareFigures = (s: Statistic) => ({
  numerator: s.numerator,
  denominator: s.denominator,
  share: s.share,
});

/** The 95% Wilson interval of a statistic's share, or null when no plan was fully read. */
export const intervalOf = (s: Statistic) =>
  wilsonInterval(s.numerator, s.denominator);

/**
 * The figure as JSON: the statistic's own fields (as before), said to be unaudited, with its 95% Wilson interval,
 * the database and corpus, the verdicts recorded and the audited figure they give.
 */
export function figureJson(f: Figure) {
  const a = f.audited.statistic;
  return {
    ...f.statistic,
    audited: false,
    interval: intervalOf(f.statistic),
    database: f.dbFile,
    corpus: f.corpus,
    verdicts: f.audited.counts,
    auditedFigure: { ...shareFigures(a), interval: intervalOf(a) },
  };
}
