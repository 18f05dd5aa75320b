import type { Argv } from "yargs";
import { examplesOf } from "./examples.js";
import { renderClusters } from "../report/index.js";
import { clusterSizes } from "../explore/index.js";
import { clustersOf } from "../explore/store/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import { queryFrom } from "./option-values.js";
import { topOption, withOutputOptions, withQueryOptions } from "./options.js";
import { emitRows, withDatabase } from "./output.js";

/** `stp-scan clusters QUERY [--size 2-4]` */
export function clustersCommand(yargs: Argv): Argv {
  return yargs.command(
    "clusters <query>",
    "Phrases of several words that contain the query, by frequency (never across punctuation that breaks a phrase)",
    (y) =>
      withOutputOptions(
        withQueryOptions(y.example(examplesOf("clusters")))
          .option("size", {
            type: "string",
            default: "2-4",
            describe: "Words per cluster: N or MIN-MAX",
          })
          .option("min-count", {
            type: "number",
            default: 1,
            describe: "Least count listed",
          })
          .option("top", topOption(50)),
      ),
    (argv) =>
      runCommand(() => {
        const sizes = clusterSizes(argv.size);
        if (typeof sizes === "string") throw new UsageError(`--size ${sizes}`);
        const [low, high] = sizes;
        const query = queryFrom(argv.query, argv);
        return withDatabase(
          argv.db,
          (db) => {
            refuseUnknownNames(db, argv.db, argv);
            const all = clustersOf(db, query, argv.plan, {
              minSize: low,
              maxSize: high,
              minCount: argv.minCount,
            });
            return emitRows(renderClusters(all, argv), argv.out, "clusters");
          },
          "derive",
        );
      }, argv.db),
  );
}
