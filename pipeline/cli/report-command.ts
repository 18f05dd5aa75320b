import type { Argv } from "yargs";
import { gatherReport, renderReport } from "../report/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { emit, openExisting } from "./output.js";
import { examplesOf } from "./examples.js";
import { auditedOption, dbOption, THRESHOLD_OPTION } from "./options.js";
import { thresholdFor } from "./project-of.js";

/** `stp-scan report [--db FILE] [--out output/report.html] [--audited] [--threshold N]` */
export function reportCommand(yargs: Argv): Argv {
  return yargs.command(
    "report",
    "Write a self-contained HTML report: statistic with confidence interval, chart, plan table, evidence, provenance",
    (y) =>
      y
        .example(examplesOf("report"))
        .option("db", dbOption("read"))
        .option("out", {
          type: "string",
          default: "output/report.html",
          describe: "HTML file to write",
        })
        .option(
          "audited",
          auditedOption("Leave out rejected passages; show audit progress"),
        )
        .option("threshold", THRESHOLD_OPTION),
    (argv) =>
      runCommand(async () => {
        const db = openExisting(argv.db, "reads");
        try {
          const data = await gatherReport(db, {
            out: argv.out,
            audited: argv.audited,
            threshold: thresholdFor(db, argv.threshold),
          });
          if (data === null)
            throw new UsageError(
              "the database has no finished scan; run stp-scan scan first",
            );
          emit(renderReport(data), argv.out);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
