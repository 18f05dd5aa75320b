import type { Argv } from "yargs";
import { statsJson } from "../bundle/index.js";
import { renderStats } from "../report/index.js";
import { forTerminal } from "../terminal-text.js";
import { examplesOf } from "./examples.js";
import { runCommand } from "./fatal.js";
import { locationsOption } from "./option-values.js";
import {
  auditedOption,
  COUNT_IN_OPTION,
  dbOption,
  jsonOption,
  THRESHOLD_OPTION,
} from "./options.js";
import { openExisting } from "./output.js";
import { thresholdFor } from "./project-of.js";

/** The options of `stats`, in the order --help lists them. */
const STATS_OPTIONS = {
  db: dbOption("read"),
  threshold: THRESHOLD_OPTION,
  json: jsonOption("the statistic"),
  audited: auditedOption(
    "Leave out rejected mentions; show what is still open",
  ),
  "count-in": COUNT_IN_OPTION,
  sensitivity: {
    type: "boolean",
    default: false,
    describe:
      "The statistic under each counting rule (all; without running and contents; without references too; body text only) and the plans that flip",
  },
} as const;

/** `stp-scan stats [--db FILE] [--threshold N] [--audited] [--count-in LOCATIONS] [--sensitivity] [--json]` */
export function statsCommand(yargs: Argv): Argv {
  return yargs.command(
    "stats",
    "Print the statistic from a scanned database",
    (y) => y.example(examplesOf("stats")).options(STATS_OPTIONS),
    (argv) =>
      runCommand(() => {
        const countIn = locationsOption("--count-in", argv.countIn);
        const db = openExisting(argv.db, "reads");
        try {
          const threshold = thresholdFor(db, argv.threshold);
          const asked = { ...argv, threshold, countIn };
          // JSON keeps names as they are; text lines are shown safe for a terminal.
          process.stdout.write(
            argv.json
              ? `${JSON.stringify(statsJson(db, { ...asked, countIn: countIn === undefined ? "all" : [...countIn] }, argv.db), null, 2)}\n`
              : forTerminal(renderStats(db, argv.db, asked)),
          );
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
