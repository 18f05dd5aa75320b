import type { Argv } from "yargs";
import { DB_FILE, THRESHOLD_MENTIONS } from "../defaults.js";
import { exportTable, renderTable } from "../report/index.js";
import { runCommand } from "./fatal.js";
import { emit, openExisting } from "./output.js";
import { examplesOf } from "./examples.js";

/** `stp-scan export mentions|documents|plans [--db FILE] [--format csv|json] [--out FILE]` */
export function exportCommand(yargs: Argv): Argv {
  return yargs.command(
    "export <table>",
    "Export mentions, documents or plans as CSV or JSON",
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
          choices: ["csv", "json"] as const,
          default: "csv" as const,
        })
        .option("out", {
          type: "string",
          describe: "File to write [default: print on the screen]",
        })
        .option("threshold", {
          type: "number",
          default: THRESHOLD_MENTIONS,
          describe: "For plans: headline mentions a plan needs",
        })
        .option("bom", {
          type: "boolean",
          default: true,
          describe:
            "Start the CSV with a UTF-8 byte-order mark (for Excel); --no-bom leaves it out",
        }),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db);
        try {
          const table = exportTable(db, argv.table, argv.threshold);
          emit(renderTable(table, argv.format, { bom: argv.bom }), argv.out);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
