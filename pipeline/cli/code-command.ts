import type { Argv } from "yargs";
import { broadStatisticOf, figureOf } from "../audit/index.js";
import { codePassage } from "../curate/index.js";
import { renderCoded, renderHeadline } from "../report/index.js";
import { examplesOf } from "./examples.js";
import { UsageError } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import { wholeNumberOption } from "./option-values.js";
import { auditorOption, dbOption } from "./options.js";
import { runOnDatabase } from "./output.js";
import { thresholdFor } from "./project-of.js";

/** `stp-scan code <document> <page> --text "exact words" [--occurrence N] --concept C --note TEXT [--undo]` */
export function codeCommand(yargs: Argv): Argv {
  return yargs.command(
    "code <document> <page>",
    "Code a passage the lexicon missed (a mention with source analyst): it counts in the broad statistic, never the headline one",
    (y) =>
      y
        .example(examplesOf("code"))
        .positional("document", {
          type: "string",
          demandOption: true,
          describe:
            "The document, as corpus list names it (plans/<plan>/<file>.pdf)",
        })
        .positional("page", {
          type: "number",
          demandOption: true,
          describe: "Its page (1-based)",
        })
        .option("text", {
          type: "string",
          demandOption: true,
          describe:
            "The passage's words as on the page (case, line breaks and hyphens at line ends aside)",
        })
        .option("occurrence", {
          type: "number",
          default: 1,
          describe:
            "Which place on the page, when the words stand there more than once",
        })
        .option("concept", {
          type: "string",
          demandOption: true,
          describe:
            "The concept it discusses (stp-scan terms lists them), e.g. social-value",
        })
        .option("note", {
          type: "string",
          describe: "Why it discusses the concept (required to code)",
        })
        .option("auditor", auditorOption("codes the passage"))
        .option("undo", {
          type: "boolean",
          default: false,
          describe:
            "Withdraw the passage coded there (a new row; none is deleted)",
        })
        .option("db", dbOption()),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const page = wholeNumberOption("page", argv.page, 1);
        const occurrence = wholeNumberOption(
          "--occurrence",
          argv.occurrence,
          1,
        );
        if (!argv.undo && argv.note === undefined)
          throw new UsageError(
            `code ${argv.document} ${page}: --note is required (why the passage discusses ${argv.concept})`,
          );
        refuseUnknownNames(db, argv.db, { concept: argv.concept });
        const outcome = codePassage(db, {
          document: argv.document,
          page,
          text: argv.text,
          occurrence,
          concept: argv.concept,
          note: argv.note ?? "",
          auditor: argv.auditor,
          undo: argv.undo,
        });
        if (!outcome.ok) throw new UsageError(outcome.problem);
        const threshold = thresholdFor(db, undefined);
        process.stdout.write(
          renderCoded(
            outcome.value,
            broadStatisticOf(db, threshold),
            argv.undo,
          ),
        );
        process.stdout.write(renderHeadline(figureOf(db, argv.db, threshold)));
      }),
  );
}
