import type { Argv } from "yargs";
import { examplesOf } from "./examples.js";
import { renderSuggestions } from "../report/index.js";
import { suggestionsFor } from "../explore/store/index.js";
import { UsageError } from "./fatal.js";
import { dbOption, topOption, withOutputOptions } from "./options.js";
import { emitRows, runOnDatabase } from "./output.js";
import { refuseUnknownNames } from "./known-names.js";

/** `stp-scan suggest [--concept social-value] [--window 5] [--min-count 3] [--top 30]` */
export function suggestCommand(yargs: Argv): Argv {
  return yargs.command(
    "suggest",
    "Phrases the lexicon lacks that stand in the same contexts as a concept's mentions (candidates to consider)",
    (y) =>
      withOutputOptions(
        y
          .example(examplesOf("suggest"))
          .option("db", dbOption("read"))
          .option("concept", {
            type: "string",
            default: "social-value",
            describe: "Concept whose mentions set the contexts",
          })
          .option("window", {
            type: "number",
            default: 5,
            describe: "Words each side that make a context",
          })
          .option("min-count", {
            type: "number",
            default: 3,
            describe: "Least times a phrase occurs",
          })
          .option("top", topOption(30)),
      ),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          refuseUnknownNames(db, argv.db, argv);
          const found = suggestionsFor(db, argv.concept, {
            windowTokens: Math.max(1, argv.window),
            minCount: Math.max(1, argv.minCount),
          });
          if (!found.ok) throw new UsageError(found.reason);
          return emitRows(renderSuggestions(found, argv), argv.out, "suggest");
        },
        "reads",
      ),
  );
}
