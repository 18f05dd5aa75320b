import type { Argv } from "yargs";
import { headlineConcept } from "../audit/index.js";
import { candidatesFor } from "../explore/store/index.js";
import { candidatesJson, renderCandidates } from "../report/index.js";
import { examplesOf } from "./examples.js";
import { refuseUnknownNames } from "./known-names.js";
import { wholeNumberOption } from "./option-values.js";
import { dbOption, jsonOption } from "./options.js";
import { runOnDatabase } from "./output.js";

/** `stp-scan candidates [--concept C] [--limit N] [--json]` */
export function candidatesCommand(yargs: Argv): Argv {
  return yargs.command(
    "candidates",
    "Pages of plans with no headline mention, most like the concept's accepted passages first: what to read and code first",
    (y) =>
      y
        .example(examplesOf("candidates"))
        .option("db", dbOption("read"))
        .option("concept", {
          type: "string",
          describe:
            "Concept whose accepted passages the pages should resemble [default: the headline terms' concept]",
        })
        .option("limit", {
          type: "number",
          default: 20,
          describe: "Pages to show (0: all)",
        })
        .option("json", jsonOption("the ranked pages")),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          refuseUnknownNames(db, argv.db, { concept: argv.concept });
          const limit = wholeNumberOption("--limit", argv.limit, 0);
          const concept = argv.concept ?? headlineConcept(db);
          const ranking = candidatesFor(db, concept);
          process.stdout.write(
            argv.json
              ? `${JSON.stringify(candidatesJson(ranking, concept, limit), null, 2)}\n`
              : renderCandidates(ranking, concept, limit),
          );
        },
        "derive",
      ),
  );
}
