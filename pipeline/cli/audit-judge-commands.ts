import type { Argv } from "yargs";
import { importAuditSheet, judge, judgeByIds } from "../audit/index.js";
import { UsageError } from "./fatal.js";
import { runOnDatabase } from "./output.js";
import { examplesOf } from "./examples.js";
import { VERDICT_NOTE_OPTION } from "./options.js";
import { counted } from "../plural.js";

/** The options every audit subcommand has (from `audit` itself). */
export type AuditArgs = { db: string; auditor: string };

/** `audit accept|reject <ids..> [--note TEXT] [--group]` */
export function verdictSubcommand(
  name: "accept" | "reject",
  verdict: "accepted" | "rejected",
) {
  return (y: Argv<AuditArgs>) =>
    y.command(
      `${name} <ids..>`,
      `${name === "accept" ? "Accept" : "Reject"} mentions by id`,
      (c) =>
        c
          .example(examplesOf(`audit ${name}`))
          .positional("ids", {
            type: "string",
            array: true,
            demandOption: true,
          })
          .option("note", VERDICT_NOTE_OPTION)
          .option("group", {
            type: "boolean",
            default: false,
            describe: "Also every identical passage",
          }),
      (argv) =>
        runOnDatabase(argv.db, (db) => {
          const { applied, unknown } = judgeByIds(db, argv.ids, verdict, {
            auditor: argv.auditor,
            note: argv.note ?? null,
            wholeGroup: argv.group,
          });
          process.stdout.write(
            `${verdict} ${counted(applied.length, "mention")} (auditor ${argv.auditor})\n`,
          );
          for (const id of unknown)
            process.stderr.write(
              `stp-scan: ${id}: no such mention (removed by a re-scan, or mistyped)\n`,
            );
          if (unknown.length > 0) process.exitCode = 1;
        }),
    );
}

/** `audit settle <id> <verdict> [--note TEXT]` */
export function settleSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "settle <id> <verdict>",
    "Settle a mention the auditors disagree on; the statistic uses the settled verdict",
    (c) =>
      c
        .example(examplesOf("audit settle"))
        .positional("id", { type: "string", demandOption: true })
        .positional("verdict", {
          choices: ["accepted", "rejected"] as const,
          demandOption: true,
        })
        .option("note", VERDICT_NOTE_OPTION),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const { applied } = judge(db, [argv.id], argv.verdict, {
          auditor: argv.auditor,
          note: argv.note ?? null,
          kind: "settle",
        });
        if (applied.length === 0)
          throw new UsageError(`${argv.id}: no such mention`);
        process.stdout.write(`settled ${argv.id} as ${argv.verdict}\n`);
      }),
  );
}

/** `audit import <file>` */
export function importSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "import <file>",
    "Apply the verdicts of an audit sheet (mention_id, verdict, note); rows that cannot be applied are named",
    (c) =>
      c
        .example(examplesOf("audit import"))
        .positional("file", { type: "string", demandOption: true }),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const outcome = importAuditSheet(db, argv.file, argv.auditor);
        for (const line of outcome.refused) process.stderr.write(`${line}\n`);
        process.stdout.write(
          `applied ${counted(outcome.applied, "verdict")}, ${counted(outcome.unchanged, "row")} unchanged, ${counted(outcome.refused.length, "row")} refused (auditor ${argv.auditor})\n`,
        );
        if (outcome.refused.length > 0) process.exitCode = 1;
      }),
  );
}
