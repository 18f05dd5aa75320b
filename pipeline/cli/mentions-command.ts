import type { Argv } from "yargs";
import { loadKwic } from "../audit/index.js";
import { selectMentions } from "../explore/index.js";
import { renderMentions } from "../report/index.js";
import { examplesOf } from "./examples.js";
import { runCommand } from "./fatal.js";
import { refuseUnknownNames } from "./known-names.js";
import { locationsOption } from "./option-values.js";
import {
  CONTEXT_OPTION,
  dbOption,
  LOCATION_OPTION,
  OUT_OPTION,
  PLAN_OPTION,
  ROWS_FORMAT_OPTION,
  sortOption,
} from "./options.js";
import {
  checkWorkbookOut,
  emitRows,
  openExisting,
  terminalWidth,
} from "./output.js";

/** The options of `mentions`, in the order --help lists them. */
const MENTIONS_OPTIONS = {
  db: dbOption("read"),
  plan: PLAN_OPTION,
  term: { type: "string", describe: "Only this term id" },
  concept: {
    type: "string",
    describe: "Only this concept (e.g. social-value, related)",
  },
  verdict: {
    choices: ["pending", "accepted", "rejected", "disputed"] as const,
  },
  location: LOCATION_OPTION,
  context: CONTEXT_OPTION,
  sort: sortOption(["plan", "term", "left", "right"]),
  format: ROWS_FORMAT_OPTION,
  out: OUT_OPTION,
} as const;

/** `stp-scan mentions [--plan] [--term] [--concept] [--verdict] [--location L,...] [--context N] [--sort] [--format]` */
export function mentionsCommand(yargs: Argv): Argv {
  return yargs.command(
    "mentions",
    "List mentions in keyword-in-context form, filtered and sorted like a concordancer",
    (y) => y.example(examplesOf("mentions")).options(MENTIONS_OPTIONS),
    (argv) =>
      runCommand(async () => {
        const locations = locationsOption("--location", argv.location);
        checkWorkbookOut(argv.format, argv.out);
        const db = openExisting(argv.db, "reads");
        try {
          refuseUnknownNames(db, argv.db, argv);
          const all = loadKwic(db, Math.max(0, argv.context));
          const rows = selectMentions(all, { ...argv, locations });
          await emitRows(
            renderMentions(rows, argv.format, terminalWidth()),
            argv.out,
            "mentions",
          );
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
