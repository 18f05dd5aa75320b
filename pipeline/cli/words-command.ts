import type { Argv } from "yargs";
import { examplesOf } from "./examples.js";
import { renderWords } from "../report/index.js";
import { wordsOf } from "../explore/store/index.js";
import {
  dbOption,
  PLAN_OPTION,
  topOption,
  withOutputOptions,
} from "./options.js";
import { emitRows, runOnDatabase } from "./output.js";
import { refuseUnknownNames } from "./known-names.js";

/** `stp-scan words [--plan ID] [--top 50] [--stems] [--min-length 3]` */
export function wordsCommand(yargs: Argv): Argv {
  return yargs.command(
    "words",
    "Word frequency list of the stored page text: word, count, plans it occurs in",
    (y) =>
      withOutputOptions(
        y
          .example(examplesOf("words"))
          .option("db", dbOption("read"))
          .option("plan", PLAN_OPTION)
          .option("top", topOption(50))
          .option("stems", {
            type: "boolean",
            default: false,
            describe: "Group words by Porter stem",
          })
          .option("min-length", {
            type: "number",
            default: 3,
            describe: "Shortest word listed, in characters",
          }),
      ),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          refuseUnknownNames(db, argv.db, argv);
          const list = wordsOf(db, argv.plan, {
            stems: argv.stems,
            minLength: Math.max(1, argv.minLength),
          });
          return emitRows(renderWords(list, argv), argv.out, "words");
        },
        "reads",
      ),
  );
}
