import type { Argv } from "yargs";
import {
  codebookOf,
  importAuditSheet,
  isBlind,
  judge,
  judgeByIds,
  settledMentionsOf,
} from "../audit/index.js";
import { UsageError } from "./fatal.js";
import { runOnDatabase } from "./output.js";
import { examplesOf } from "./examples.js";
import { CODE_OPTION, VERDICT_NOTE_OPTION } from "./options.js";
import { codeOption } from "./option-values.js";
import { renderSettlement } from "../report/index.js";
import { counted } from "../plural.js";

/** The options every audit subcommand has (from `audit` itself). */
export type AuditArgs = { db: string; auditor: string; blind: boolean };

/** `audit accept|reject <ids..> [--note TEXT] [--code C] [--group]` */
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
          .option("code", CODE_OPTION)
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
            code: codeOption(db, argv.code, verdict),
            blind: isBlind(db, argv.auditor, argv.blind),
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

/** `audit settle <id> <verdict> [--note TEXT] [--code C]` */
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
        .option("note", {
          ...VERDICT_NOTE_OPTION,
          describe: "Why it is settled so, kept with the settlement",
        })
        .option("code", CODE_OPTION),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const { applied } = judge(db, [argv.id], argv.verdict, {
          auditor: argv.auditor,
          note: argv.note ?? null,
          kind: "settle",
          code: codeOption(db, argv.code, argv.verdict),
        });
        if (applied.length === 0)
          throw new UsageError(`${argv.id}: no such mention`);
        process.stdout.write(
          renderSettlement(
            settledMentionsOf(db).find((x) => x.mentionId === argv.id),
            { mentionId: argv.id, verdict: argv.verdict, by: argv.auditor },
          ),
        );
      }),
  );
}

/** `audit import <file>` */
export function importSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "import <file>",
    "Record the auditor's own verdicts from their audit sheet (mention_id, verdict, note, code); rows that cannot be applied are named, another auditor's sheet is refused",
    (c) =>
      c
        .example(examplesOf("audit import"))
        .positional("file", { type: "string", demandOption: true }),
    (argv) =>
      runOnDatabase(argv.db, (db) => {
        const outcome = importAuditSheet(db, argv.file, {
          auditor: argv.auditor,
          blind: isBlind(db, argv.auditor, argv.blind),
          codebook: codebookOf(db),
        });
        // A sheet that is not the auditor's own is refused whole: one line, nothing applied.
        if (!outcome.ok) throw new UsageError(outcome.problem);
        const { applied, unchanged, refused } = outcome.value;
        for (const line of refused) process.stderr.write(`${line}\n`);
        process.stdout.write(
          `applied ${counted(applied, "verdict")}, ${counted(unchanged, "row")} unchanged, ${counted(refused.length, "row")} refused (auditor ${argv.auditor})\n`,
        );
        if (refused.length > 0) process.exitCode = 1;
      }),
  );
}
