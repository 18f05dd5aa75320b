import type { Argv } from "yargs";
import { DB_FILE, THRESHOLD_MENTIONS } from "../defaults.js";
import {
  computeAuditedShare,
  computeShare,
  describeOcr,
  plansRestingOnOcr,
  type AuditedStatistic,
} from "../stats/index.js";
import {
  readMentions,
  readOcrFigures,
  readPlanCounts,
  readPlanSizes,
  type Db,
} from "../store/index.js";
import type { Statistic } from "../types.js";
import { runCommand } from "./fatal.js";
import { openExisting } from "./output.js";
import { renderStatistic } from "./render-statistic.js";

/** `stp-scan stats [--db FILE] [--threshold N] [--json]` */
export function statsCommand(yargs: Argv): Argv {
  return yargs.command(
    "stats",
    "Print the statistic from a scanned database",
    (y) =>
      y
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("threshold", {
          type: "number",
          default: THRESHOLD_MENTIONS,
          describe: "Headline mentions a plan needs",
        })
        .option("json", {
          type: "boolean",
          default: false,
          describe: "Print the statistic as JSON on stdout",
        })
        .option("audited", {
          type: "boolean",
          default: false,
          describe: "Leave out rejected mentions; show what is still open",
        }),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db);
        try {
          if (argv.audited) {
            const mentions = readMentions(db).map((m) => ({
              plan: m.plan_id,
              headline: m.headline,
              verdict: m.verdict,
            }));
            const audited = computeAuditedShare(
              readPlanCounts(db),
              mentions,
              argv.threshold,
            );
            const data = {
              ...audited.statistic,
              audited: true,
              verdicts: audited.counts,
              lowest: shareOf(audited.lowest),
              highest: shareOf(audited.highest),
              plansThatCanChange: audited.plansThatCanChange,
            };
            process.stdout.write(
              argv.json
                ? `${JSON.stringify(data, null, 2)}\n`
                : `${renderStatistic(audited.statistic, readPlanSizes(db))}${renderAuditedLines(audited)}`,
            );
            return;
          }
          const stat = computeShare(readPlanCounts(db), argv.threshold);
          const ocr = ocrOf(db, stat);
          process.stdout.write(
            argv.json
              ? `${JSON.stringify({ ...stat, ocr: ocr.data }, null, 2)}\n`
              : `${renderStatistic(stat, readPlanSizes(db))}${ocr.line === null ? "" : `${ocr.line}\n`}`,
          );
        } finally {
          db.close();
        }
      }, argv.db),
  );
}

/** What OCR contributed, as data (`ocr` in --json) and as the line under the table. */
function ocrOf(db: Db, stat: Statistic) {
  const figures = readOcrFigures(db);
  const reliant = plansRestingOnOcr(stat, figures);
  const { headlineFromText: _byPlan, ...counts } = figures;
  return {
    data: { ...counts, plansRestingOnOcr: reliant },
    line: describeOcr(figures, reliant),
  };
}

const shareOf = (s: Statistic) => ({
  numerator: s.numerator,
  denominator: s.denominator,
  share: s.share,
});
const percent = (s: Statistic) =>
  `${s.numerator}/${s.denominator} (${s.share === null ? "n/a" : `${(s.share * 100).toFixed(1)}%`})`;

/** The lines `stats --audited` adds: verdict counts, the range the statistic can still take, open plans. */
function renderAuditedLines(a: AuditedStatistic): string {
  const c = a.counts;
  return [
    `audited: ${c.accepted} accepted, ${c.rejected} rejected (left out), ${c.pending} pending, ${c.disputed} disputed mentions`,
    `the statistic can still range from ${percent(a.lowest)} (every open mention rejected) to ${percent(a.highest)} (every open mention accepted)`,
    a.plansThatCanChange.length === 0
      ? "no plan's outcome depends on open mentions"
      : `plans whose outcome can still change: ${a.plansThatCanChange.map((p) => `${p.plan} (${p.accepted} accepted, ${p.open} open)`).join(", ")}`,
    "",
  ].join("\n");
}
