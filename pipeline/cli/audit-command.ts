import type { Argv } from "yargs";
import { runAuditSession } from "../audit/index.js";
import {
  importSubcommand,
  settleSubcommand,
  verdictSubcommand,
  type AuditArgs,
} from "./audit-judge-commands.js";
import {
  agreementSubcommand,
  exportSubcommand,
  logSubcommand,
  statusSubcommand,
} from "./audit-record-commands.js";
import { runOnDatabase, terminalWidth } from "./output.js";
import { examplesOf } from "./examples.js";
import {
  auditorOption,
  CONTEXT_OPTION,
  dbOption,
  THRESHOLD_OPTION,
} from "./options.js";
import { thresholdFor } from "./project-of.js";

/** `audit` alone: the terminal session over the open mentions. */
function sessionSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "$0",
    "Walk the open mentions one by one on the terminal, most decisive first",
    (c) =>
      c.option("threshold", THRESHOLD_OPTION).option("context", CONTEXT_OPTION),
    (argv) =>
      runOnDatabase(argv.db, async (db) => {
        await runAuditSession(db, {
          auditor: argv.auditor,
          threshold: thresholdFor(db, argv.threshold),
          windowTokens: argv.context,
          input: process.stdin,
          output: process.stdout,
          // Piped with no $COLUMNS there is no terminal to fit: lines stay whole for the script or log reading them.
          width: () => terminalWidth(Number.POSITIVE_INFINITY),
        });
      }),
  );
}

/** The subcommands of `audit`, in the order --help lists them. */
const SUBCOMMANDS = [
  sessionSubcommand,
  verdictSubcommand("accept", "accepted"),
  verdictSubcommand("reject", "rejected"),
  settleSubcommand,
  exportSubcommand,
  importSubcommand,
  logSubcommand,
  statusSubcommand,
  agreementSubcommand,
];

/** `stp-scan audit [accept|reject|settle|export|import|log|status|agreement]` */
export function auditCommand(yargs: Argv): Argv {
  return yargs.command(
    "audit",
    "Judge mentions: accept or reject each passage behind the statistic",
    (y) =>
      SUBCOMMANDS.reduce<Argv<AuditArgs>>(
        (c, add) => add(c),
        y
          .example(examplesOf("audit"))
          .option("db", dbOption())
          .option("auditor", auditorOption("gives the verdicts")),
      ).demandCommand(0),
    () => undefined,
  );
}
