import type { Argv } from "yargs";
import { broadStatisticOf, figureOf } from "../audit/index.js";
import { codePassage } from "../curate/index.js";
import { renderCoded, renderHeadline } from "../report/index.js";
import type { Db } from "../store/index.js";
import { examplesOf } from "./examples.js";
import { UsageError } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import { passageCodeOption, wholeNumberOption } from "./option-values.js";
import { auditorOption, CODE_OPTION, dbOption } from "./options.js";
import { runOnDatabase } from "./output.js";
import { thresholdFor } from "./project-of.js";

/** The options of `code`, in the order --help lists them. */
const CODE_OPTIONS = {
  text: {
    type: "string",
    demandOption: true,
    describe:
      "The passage's words as on the page (case, line breaks and hyphens at line ends aside)",
  },
  occurrence: {
    type: "number",
    default: 1,
    describe:
      "Which place on the page, when the words stand there more than once",
  },
  concept: {
    type: "string",
    demandOption: true,
    describe:
      "The concept it discusses (stp-scan terms lists them), e.g. social-value",
  },
  code: {
    ...CODE_OPTION,
    describe: `${CODE_OPTION.describe}; one that counts as accept`,
  },
  note: {
    type: "string",
    describe: "Why it discusses the concept (required to code)",
  },
  auditor: auditorOption("codes the passage"),
  undo: {
    type: "boolean",
    default: false,
    describe: "Withdraw the passage coded there (a new row; none is deleted)",
  },
  db: dbOption(),
} as const;

/** What `code` was asked, from the command line. */
type CodeArgs = {
  readonly document: string;
  readonly page: number;
  readonly text: string;
  readonly occurrence: number;
  readonly concept: string;
  readonly code?: string | undefined;
  readonly note?: string | undefined;
  readonly auditor: string;
  readonly undo: boolean;
  readonly db: string;
};

/** Codes (or withdraws) the passage, then prints it with the broad line and the headline line; or one line, exit 2. */
function code(db: Db, argv: CodeArgs): void {
  const page = wholeNumberOption("page", argv.page, 1);
  const occurrence = wholeNumberOption("--occurrence", argv.occurrence, 1);
  if (!argv.undo && argv.note === undefined)
    throw new UsageError(
      `code ${argv.document} ${page}: --note is required (why the passage discusses ${argv.concept})`,
    );
  refuseUnknownNames(db, argv.db, { concept: argv.concept });
  const outcome = codePassage(db, {
    ...argv,
    page,
    words: { text: argv.text, occurrence },
    code: passageCodeOption(db, argv.code),
    note: argv.note ?? "",
  });
  if (!outcome.ok) throw new UsageError(outcome.problem);
  const threshold = thresholdFor(db, undefined);
  process.stdout.write(
    renderCoded(outcome.value, broadStatisticOf(db, threshold), argv.undo),
  );
  process.stdout.write(renderHeadline(figureOf(db, argv.db, threshold)));
}

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
        .options(CODE_OPTIONS),
    (argv) => runOnDatabase(argv.db, (db) => code(db, argv)),
  );
}
