import { Hono } from "hono";
import {
  auditedStatisticOf,
  sensitivityOf,
  statisticJson,
} from "../audit/index.js";
import { summariseOcr } from "../stats/index.js";
import { readOcrFigures } from "../store/index.js";
import type { Statistic } from "../types.js";
import type { StatisticReportJson } from "./api-types.js";
import { queryParams } from "./query-params.js";
import { answer, refusal } from "./respond.js";
import type { AppContext } from "./app-context.js";

/**
 * GET /api/statistic?threshold=&audited=&count_in=: `stats --json` for the same options (statisticJson, the one
 * builder of it), with the counting rules of `stats --sensitivity --json` and, where that form of `stats --json`
 * leaves them out, what OCR contributed and the verdict counts.
 */
function statisticReport(
  { options, answers, dbFile }: AppContext,
  params: URLSearchParams,
): StatisticReportJson | string {
  const read = queryParams(params);
  const threshold = read.threshold(options.threshold);
  const audited = read.flag("audited");
  const countIn = read.locations("count_in");
  const problem = read.problem();
  if (problem !== null) return problem;
  const count = {
    threshold,
    audited,
    countIn: countIn === undefined ? ("all" as const) : [...countIn],
  };
  return answers.get(
    `statistic ${JSON.stringify(count)}`,
    () => {
      const { db } = options;
      const figure = statisticJson(db, count, dbFile) as Statistic &
        Omit<StatisticReportJson, "ocr" | "verdicts" | "sensitivity"> &
        Partial<Pick<StatisticReportJson, "ocr" | "verdicts">>;
      return {
        ...figure,
        ocr: figure.ocr ?? summariseOcr(readOcrFigures(db), figure).data,
        verdicts: figure.verdicts ?? auditedStatisticOf(db, threshold).counts,
        sensitivity: sensitivityOf(db, threshold, {
          ignoreVerdicts: !audited,
        }),
      };
    },
    { verdicts: true },
  );
}

/** The statistic's routes. */
export const statisticRoutes = (app: AppContext) =>
  new Hono().get("/api/statistic", (c) => {
    const report = statisticReport(app, new URL(c.req.url).searchParams);
    return typeof report === "string"
      ? refusal(400, report)
      : answer(200, report);
  });
