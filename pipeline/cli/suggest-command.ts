import type { Argv } from "yargs";
import { examplesOf } from "./examples.js";
import { renderRows, round4 } from "../report/index.js";
import { suggestionsFor } from "../explore/store/index.js";
import { UsageError } from "./fatal.js";
import { dbOption, topOption, withOutputOptions } from "./options.js";
import { emitRows, runOnDatabase } from "./output.js";
import { refuseUnknownNames } from "./known-names.js";

const COLUMNS = ["phrase", "count", "plans", "shared", "keyness", "example"];

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
          const all = found.suggestions;
          const rows = (argv.top > 0 ? all.slice(0, argv.top) : all).map(
            (s) => ({
              ...s,
              shared: round4(s.shared),
              keyness: round4(s.keyness),
            }),
          );
          const rendered = renderRows(argv.format, COLUMNS, rows, {
            meta: { concept: argv.concept, basis: found.basis },
            footer: `contexts of ${found.basis} of "${argv.concept}", running headers, footers and contents pages left out; ranked by keyness: log-likelihood in those contexts against the rest of the corpus, phrases more frequent there only; shared: cosine of the words around (0-1)`,
            empty: "no phrase occurs often enough (--min-count)",
          });
          return emitRows(rendered, argv.out, "suggest");
        },
        "reads",
      ),
  );
}
