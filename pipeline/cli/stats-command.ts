import type { Argv } from "yargs";
import { DB_FILE, THRESHOLD_MENTIONS } from "../defaults.js";
import { computeShare } from "../stats/index.js";
import { readPlanCounts, readPlanSizes } from "../store/index.js";
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
        }),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db);
        try {
          const stat = computeShare(readPlanCounts(db), argv.threshold);
          process.stdout.write(
            argv.json
              ? `${JSON.stringify(stat, null, 2)}\n`
              : renderStatistic(stat, readPlanSizes(db)),
          );
        } finally {
          db.close();
        }
      }),
  );
}
