import type { Argv } from "yargs";
import { exportTable, renderTable, tableSheet } from "../report/index.js";
import { runCommand } from "./fatal.js";
import {
  checkWorkbookOut,
  emit,
  emitWorkbook,
  openExisting,
} from "./output.js";
import { examplesOf } from "./examples.js";
import {
  auditedOption,
  dbOption,
  formatOption,
  OUT_OPTION,
  THRESHOLD_OPTION,
} from "./options.js";
import { thresholdFor } from "./project-of.js";

/** `stp-scan export mentions|documents|plans [--db FILE] [--format csv|json|xlsx] [--out FILE] [--audited]` */
export function exportCommand(yargs: Argv): Argv {
  return yargs.command(
    "export <table>",
    "Export mentions, documents or plans as CSV, JSON or an xlsx workbook",
    (y) =>
      y
        .example(examplesOf("export"))
        .positional("table", {
          choices: ["mentions", "documents", "plans"] as const,
          demandOption: true,
        })
        .option("db", dbOption("read"))
        .option(
          "format",
          formatOption(
            ["csv", "json", "xlsx"],
            "csv",
            "opens in Excel or LibreOffice as it is",
          ),
        )
        .option("out", OUT_OPTION)
        .option("threshold", THRESHOLD_OPTION)
        .option(
          "audited",
          auditedOption(
            "For plans: leave rejected mentions out, as stats --audited counts",
          ),
        )
        .option("bom", {
          type: "boolean",
          default: true,
          describe:
            "Start the CSV with a UTF-8 byte-order mark (for Excel); --no-bom leaves it out",
        }),
    (argv) =>
      runCommand(async () => {
        checkWorkbookOut(argv.format, argv.out);
        const db = openExisting(argv.db, "reads");
        try {
          const table = exportTable(db, argv.table, {
            audited: argv.audited,
            threshold: thresholdFor(db, argv.threshold),
          });
          if (argv.format === "xlsx")
            await emitWorkbook([tableSheet(argv.table, table)], argv.out);
          else
            emit(renderTable(table, argv.format, { bom: argv.bom }), argv.out);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
