import type { Argv } from "yargs";
import { loadKwic } from "../audit/index.js";
import { TERMS_EXAMPLE_TOKENS } from "../defaults.js";
import { termForms } from "../match/index.js";
import { renderTermForms } from "../report/index.js";
import { readTerms } from "../store/index.js";
import { examplesOf } from "./examples.js";
import { runCommand } from "./fatal.js";
import { dbOption, jsonOption } from "./options.js";
import { emit, openExisting } from "./output.js";

/** `stp-scan terms [--db FILE] [--json]`: what each term's stems caught, surface by surface. */
export function termsCommand(yargs: Argv): Argv {
  return yargs.command(
    "terms",
    "For each lexicon term, the surface forms it matched, with counts and one example each",
    (y) =>
      y
        .example(examplesOf("terms"))
        .option("db", dbOption("read"))
        .option("json", jsonOption("each term's forms")),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db, "reads");
        try {
          const terms = termForms(
            readTerms(db),
            loadKwic(db, TERMS_EXAMPLE_TOKENS),
          );
          emit(renderTermForms(terms, argv.json), undefined);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
