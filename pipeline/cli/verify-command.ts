import type { Argv } from "yargs";
import { BundleError, verifyBundle } from "../bundle/index.js";
import { CORPUS_DIR } from "../defaults.js";
import { renderVerification } from "../report/index.js";
import { examplesOf } from "./examples.js";
import { runCommand, UsageError } from "./fatal.js";
import { counted } from "../plural.js";
import { JOBS_OPTION } from "./options.js";

/** `stp-scan verify FILE.zip [--corpus DIR] [--jobs N]`: exit 0 reproduced, 1 differences, 2 not a bundle. */
export function verifyCommand(yargs: Argv): Argv {
  return yargs.command(
    "verify <bundle>",
    "Count the statistic of a bundle again from the PDFs and say whether it is reproduced",
    (y) =>
      y
        .example(examplesOf("verify"))
        .positional("bundle", {
          type: "string",
          demandOption: true,
          describe: "Zip written by stp-scan bundle",
        })
        .option("corpus", {
          type: "string",
          default: CORPUS_DIR,
          describe: "Folder holding the PDFs (plans/<plan-id>/*.pdf)",
        })
        .option("jobs", JOBS_OPTION),
    (argv) =>
      runCommand(async () => {
        try {
          const v = await verifyBundle({
            bundle: argv.bundle,
            corpus: argv.corpus,
            jobs: argv.jobs,
            onScan: (n) =>
              process.stderr.write(
                `verify: scanning ${argv.corpus} (${counted(n, "document")} in the bundle) into a temporary database\n`,
              ),
          });
          process.stdout.write(renderVerification(v));
          if (v.differences.length > 0) process.exitCode = 1;
        } catch (error) {
          if (error instanceof BundleError) throw new UsageError(error.message);
          throw error;
        }
      }),
  );
}
