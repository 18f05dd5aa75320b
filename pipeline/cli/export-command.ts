import type { Argv } from "yargs";
import { DB_FILE } from "../defaults.js";
import { exportTable, renderTable, tableSheet } from "../report/index.js";
import { runCommand } from "./fatal.js";
import {
  checkWorkbookOut,
  emit,
  emitWorkbook,
  openExisting,
} from "./output.js";
import { examplesOf } from "./examples.js";
import { THRESHOLD_OPTION } from "./reading-options.js";
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
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("format", {
          choices: ["csv", "json", "xlsx"] as const,
          default: "csv" as const,
          describe:
            "xlsx: a workbook with one typed sheet, needs --out (opens in Excel or LibreOffice as it is)",
        })
        .option("out", {
          type: "string",
          describe: "File to write [default: print on the screen]",
        })
        .option("threshold", THRESHOLD_OPTION)
        .option("audited", {
          type: "boolean",
          default: false,
          describe:
            "For plans: leave rejected mentions out, as stats --audited counts",
        })
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
