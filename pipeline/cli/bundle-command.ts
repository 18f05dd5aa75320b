import type { Argv } from "yargs";
import { NothingToBundleError, writeBundle } from "../bundle/index.js";
import { renderBundleSummary } from "../report/index.js";
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
          process.stdout.write(renderBundleSummary(argv.out, contents));
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
