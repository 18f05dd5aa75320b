import type { Argv } from "yargs";
import { writeBundle, type BundleContents } from "../bundle/index.js";
import { DB_FILE } from "../defaults.js";
import { effectiveVerdicts } from "../audit/index.js";
import { describeShare } from "../stats/index.js";
import { examplesOf } from "./examples.js";
import { runCommand } from "./fatal.js";
import { locationsOption, LOCATION_HELP } from "./location-option.js";
import { openExisting } from "./output.js";
import { THRESHOLD_OPTION } from "./reading-options.js";
import { thresholdFor } from "./project-of.js";
import { counted } from "../plural.js";

/** `stp-scan bundle [--db FILE] --out FILE.zip [--threshold N] [--count-in LOCATIONS] [--audited]` */
export function bundleCommand(yargs: Argv): Argv {
  return yargs.command(
    "bundle",
    "Write a zip that lets a reader re-create the statistic (check it with stp-scan verify)",
    (y) =>
      y
        .example(examplesOf("bundle"))
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("out", {
          type: "string",
          demandOption: true,
          describe: "Zip file to write",
        })
        .option("threshold", THRESHOLD_OPTION)
        .option("count-in", {
          type: "string",
          describe: `Count only mentions in these locations (default: all). ${LOCATION_HELP}`,
        })
        .option("audited", {
          type: "boolean",
          default: false,
          describe: "The statistic leaves out rejected mentions",
        }),
    (argv) =>
      runCommand(async () => {
        const countIn = locationsOption("--count-in", argv.countIn);
        const db = openExisting(argv.db, "reads");
        try {
          const contents = await writeBundle(
            db,
            argv.out,
            {
              threshold: thresholdFor(db, argv.threshold),
              countIn: countIn === undefined ? "all" : [...countIn],
              audited: argv.audited,
            },
            (line) => process.stderr.write(`${line}\n`),
          );
          process.stdout.write(summaryOf(argv.out, contents));
        } finally {
          db.close();
        }
      }, argv.db),
  );
}

/** What the bundle holds: its figure, and decisions that stand told apart from rows of verdict history. */
function summaryOf(out: string, c: BundleContents): string {
  const standing = [...effectiveVerdicts(c.verdicts).values()].filter(
    (s) => s.verdict !== "pending",
  ).length;
  return (
    `wrote ${out}: ${describeShare(c.statistic, { audited: c.settings.audited })}\n` +
    `  ${counted(c.documents.length, "document")}, ${counted(c.mentions.length, "mention")}, ${counted(standing, "standing verdict")} (${counted(c.verdicts.length, "row")} of verdict history); ` +
    `check it with: stp-scan verify ${out} --corpus DIR\n`
  );
}
