import type { Argv } from "yargs";
import {
  NothingToBundleError,
  writeBundle,
  type BundleContents,
} from "../bundle/index.js";
import { effectiveVerdicts } from "../audit/index.js";
import { describeShare } from "../stats/index.js";
import { examplesOf } from "./examples.js";
import { runCommand, UsageError } from "./fatal.js";
import { locationsOption } from "./option-values.js";
import { openExisting } from "./output.js";
import {
  auditedOption,
  COUNT_IN_OPTION,
  dbOption,
  THRESHOLD_OPTION,
} from "./options.js";
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
        .option("db", dbOption("read"))
        .option("out", {
          type: "string",
          demandOption: true,
          describe: "Zip file to write",
        })
        .option("threshold", THRESHOLD_OPTION)
        .option("count-in", COUNT_IN_OPTION)
        .option(
          "audited",
          auditedOption("The statistic leaves out rejected mentions"),
        ),
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
        } catch (error) {
          if (error instanceof NothingToBundleError)
            throw new UsageError(`${argv.db}: ${error.message}`);
          throw error;
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
