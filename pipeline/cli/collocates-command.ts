import type { Argv } from "yargs";
import { examplesOf } from "./examples.js";
import { renderCollocates } from "../report/index.js";
import { collocatesOf } from "../explore/store/index.js";
import { runCommand } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import { queryFrom } from "./option-values.js";
import { withOutputOptions, withQueryOptions } from "./options.js";
import { emitRows, withDatabase } from "./output.js";

/** `stp-scan collocates QUERY [--window 5] [--min-count 3] [--by mi|llr|count] [--stopwords]` */
export function collocatesCommand(yargs: Argv): Argv {
  return yargs.command(
    "collocates <query>",
    "Words near the places of a query: count near them, count in the corpus, mutual information and log-likelihood",
    (y) =>
      withOutputOptions(
        withQueryOptions(y.example(examplesOf("collocates")))
          .option("window", {
            type: "number",
            default: 5,
            describe: "Words each side of a place",
          })
          .option("min-count", {
            type: "number",
            default: 3,
            describe: "Least times a word stands near the places",
          })
          .option("by", {
            choices: ["mi", "llr", "count"] as const,
            default: "llr" as const,
            describe: "Sort by",
          })
          .option("stopwords", {
            type: "boolean",
            default: false,
            describe: "Leave out English stopwords (natural's list)",
          })
          .option("top", {
            type: "number",
            default: 50,
            describe: "Rows to show",
          }),
      ),
    (argv) =>
      runCommand(() => {
        const query = queryFrom(argv.query, argv);
        return withDatabase(
          argv.db,
          (db) => {
            refuseUnknownNames(db, argv.db, argv);
            const result = collocatesOf(db, query, argv.plan, {
              windowTokens: Math.max(0, argv.window),
              minCount: Math.max(1, argv.minCount),
              by: argv.by,
              dropStopwords: argv.stopwords,
            });
            return emitRows(
              renderCollocates(result, argv),
              argv.out,
              "collocates",
            );
          },
          "reads",
        );
      }, argv.db),
  );
}
