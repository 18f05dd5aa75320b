import { groupBy } from "../group-by.js";
import { clopperPearson } from "./clopper-pearson.js";

/** A page of an elusion draw with the answer in force ("does this page discuss the concept?"); null: not judged. */
export type JudgedPage = {
  readonly item: number;
  readonly plan: string;
  readonly document: string;
  /** 1-based. */
  readonly page: number;
  readonly answer: "yes" | "no" | null;
  /** Why, as the judge said it with the answer in force; null for none. */
  readonly note?: string | null;
  /** A coded passage stands on the page (a "yes" is coded as spec v2.1 point 4 says). */
  readonly isCoded: boolean;
};

/** A plan with "yes" pages in the draw: whether they are coded and whether it counts in the broad statistic now. */
export type MovedPlan = {
  readonly plan: string;
  /** Its "yes" pages, as `document page N`. */
  readonly yesPages: readonly string[];
  /** Of them, those with a coded passage on them. */
  readonly coded: number;
  /** It counts in the broad statistic now (it did not when the draw was made: the frame holds no such plan). */
  readonly countsNow: boolean;
};

/**
 * What an elusion sample says (spec v2.1 point 5): of the pages judged, how many discuss the concept ("yes"), the
 * rate with its exact 95% interval (Clopper-Pearson), and so how many pages of the frame not judged may still
 * discuss it: at most the interval's upper bound times those pages (`missedPagesUpperBound`, a bound at 97.5%
 * confidence, one-sided, as the upper end of a two-sided 95% interval is).
 */
export type ElusionFigures = {
  /** Pages of the frame: every page with text of the plans that did not count when the draw was made. */
  readonly pagesInFrame: number;
  readonly pagesDrawn: number;
  readonly pagesJudged: number;
  readonly yesPages: number;
  /** yesPages / pagesJudged; null before any page is judged. */
  readonly rate: number | null;
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** Pages of the frame nobody judged: pagesInFrame - pagesJudged. */
  readonly pagesNotJudged: number;
  /** rate x pagesNotJudged; null before any page is judged. */
  readonly missedPagesEstimate: number | null;
  /** interval.high x pagesNotJudged; null before any page is judged. */
  readonly missedPagesUpperBound: number | null;
  /** Plans with a "yes" page, and whether the yes moved them. */
  readonly plansMoved: readonly MovedPlan[];
};

/** The figures of a draw from its pages' answers; `countsNow` says whether a plan counts in the broad statistic now. */
export function summariseElusion(
  pagesInFrame: number,
  pages: readonly JudgedPage[],
  countsNow: (plan: string) => boolean,
): ElusionFigures {
  const judged = pages.filter((p) => p.answer !== null);
  const yes = judged.filter((p) => p.answer === "yes");
  const interval = clopperPearson(yes.length, judged.length);
  const rate = judged.length === 0 ? null : yes.length / judged.length;
  const notJudged = pagesInFrame - judged.length;
  const byPlan = groupBy(yes, (p) => p.plan);
  return {
    pagesInFrame,
    pagesDrawn: pages.length,
    pagesJudged: judged.length,
    yesPages: yes.length,
    rate,
    interval,
    pagesNotJudged: notJudged,
    missedPagesEstimate: rate === null ? null : rate * notJudged,
    missedPagesUpperBound: interval === null ? null : interval.high * notJudged,
    plansMoved: [...byPlan].map(([plan, on]) => ({
      plan,
      yesPages: on.map((p) => `${p.document} page ${p.page}`),
      coded: on.filter((p) => p.isCoded).length,
      countsNow: countsNow(plan),
    })),
  };
}
