import type { Argv } from "yargs";
import { DB_FILE, THRESHOLD_MENTIONS, WINDOW_TOKENS } from "../defaults.js";
import { readMentions, readVerdictRows, type Db } from "../store/index.js";
import { renderAuditStatus } from "./audit-status.js";
import {
  compareAuditors,
  defaultAuditor,
  effectiveVerdicts,
  importAuditSheet,
  judge,
  loadKwic,
  renderAuditSheet,
  runAuditSession,
  targetsOf,
} from "../audit/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { formatTable } from "../report/index.js";
import { emit, openExisting } from "./output.js";
import { examplesOf } from "./examples.js";

type Common = { db: string; auditor: string };

/** Opens the database, runs `action`, closes it. */
function withDb(
  argv: Common,
  action: (db: Db) => void | Promise<void>,
): Promise<void> {
  return runCommand(async () => {
    const db = openExisting(argv.db);
    try {
      await action(db);
    } finally {
      db.close();
    }
  }, argv.db);
}

function verdictCommand(verdict: "accepted" | "rejected") {
  return (argv: Common & { ids: string[]; note?: string; group: boolean }) =>
    withDb(argv, (db) => {
      const mentions = loadKwic(db, 0);
      const unknown = argv.ids.filter(
        (id) => !mentions.some((m) => m.mention_id === id),
      );
      const ids = argv.ids.flatMap((id) => targetsOf(mentions, id, argv.group));
      const { applied } = judge(db, ids, verdict, {
        auditor: argv.auditor,
        note: argv.note ?? null,
      });
      process.stdout.write(
        `${verdict} ${applied.length} mention${applied.length === 1 ? "" : "s"} (auditor ${argv.auditor})\n`,
      );
      for (const id of unknown)
        process.stderr.write(
          `stp-scan: ${id}: no such mention (removed by a re-scan, or mistyped)\n`,
        );
      if (unknown.length > 0) process.exitCode = 1;
    });
}

/** `audit accept|reject <ids..> [--note TEXT] [--group]`, as the arguments of yargs' command(). */
function verdictSubcommand(
  name: "accept" | "reject",
  verdict: "accepted" | "rejected",
) {
  return [
    `${name} <ids..>`,
    `${name === "accept" ? "Accept" : "Reject"} mentions by id`,
    (c: Argv) =>
      c
        .example(examplesOf(`audit ${name}`))
        .positional("ids", { type: "string", array: true, demandOption: true })
        .option("note", { type: "string" })
        .option("group", {
          type: "boolean",
          default: false,
          describe: "Also every identical passage",
        }),
    (argv: unknown) =>
      verdictCommand(verdict)(
        argv as Common & { ids: string[]; note?: string; group: boolean },
      ),
  ] as const;
}

/** `stp-scan audit [accept|reject|settle|export|import|log|status|agreement]` */
export function auditCommand(yargs: Argv): Argv {
  return yargs.command(
    "audit",
    "Judge mentions: accept or reject each passage behind the statistic",
    (y) =>
      y
        .example(examplesOf("audit"))
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database",
        })
        .option("auditor", {
          type: "string",
          default: defaultAuditor(),
          describe:
            "Who gives the verdicts (default: $STP_SCAN_AUDITOR or login)",
        })
        .command(
          "$0",
          "Walk the open mentions one by one on the terminal, most decisive first",
          (c) =>
            c
              .option("threshold", {
                type: "number",
                default: THRESHOLD_MENTIONS,
                describe: "Headline mentions a plan needs",
              })
              .option("context", {
                type: "number",
                default: WINDOW_TOKENS,
                describe: "Words of context each side",
              }),
          (argv) =>
            withDb(argv, async (db) => {
              await runAuditSession(db, {
                auditor: argv.auditor,
                threshold: argv.threshold,
                windowTokens: argv.context,
                input: process.stdin,
                output: process.stdout,
              });
            }),
        )
        .command(...verdictSubcommand("accept", "accepted"))
        .command(...verdictSubcommand("reject", "rejected"))
        .command(
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
              .option("note", { type: "string" }),
          (argv) =>
            withDb(argv, (db) => {
              const { applied } = judge(db, [argv.id], argv.verdict, {
                auditor: argv.auditor,
                note: argv.note ?? null,
                kind: "settle",
              });
              if (applied.length === 0)
                throw new UsageError(`${argv.id}: no such mention`);
              process.stdout.write(`settled ${argv.id} as ${argv.verdict}\n`);
            }),
        )
        .command(
          "export",
          "Write every mention with its verdict and note as CSV for a spreadsheet",
          (c) =>
            c.example(examplesOf("audit export")).option("out", {
              type: "string",
              describe: "File to write [default: stdout]",
            }),
          (argv) => withDb(argv, (db) => emit(renderAuditSheet(db), argv.out)),
        )
        .command(
          "import <file>",
          "Apply the verdicts of an audit sheet (mention_id, verdict, note); rows that cannot be applied are named",
          (c) =>
            c
              .example(examplesOf("audit import"))
              .positional("file", { type: "string", demandOption: true }),
          (argv) =>
            withDb(argv, (db) => {
              const outcome = importAuditSheet(db, argv.file, argv.auditor);
              for (const line of outcome.refused)
                process.stderr.write(`${line}\n`);
              process.stdout.write(
                `applied ${outcome.applied} verdicts, ${outcome.unchanged} rows unchanged, ${outcome.refused.length} rows refused (auditor ${argv.auditor})\n`,
              );
              if (outcome.refused.length > 0) process.exitCode = 1;
            }),
        )
        .command(
          "log",
          "The verdict history, oldest first (append-only: earlier verdicts are kept)",
          (c) =>
            c
              .example(examplesOf("audit log"))
              .option("mention", {
                type: "string",
                describe: "Only this mention",
              })
              .option("json", { type: "boolean", default: false }),
          (argv) =>
            withDb(argv, (db) => {
              const rows = readVerdictRows(db).filter(
                (r) =>
                  argv.mention === undefined || r.mentionId === argv.mention,
              );
              if (argv.json)
                return emit(`${JSON.stringify(rows, null, 2)}\n`, undefined);
              emit(
                `${formatTable(
                  ["when", "auditor", "kind", "mention", "verdict", "note"],
                  rows.map((r) => [
                    r.decidedAt,
                    r.auditor,
                    r.kind,
                    r.mentionId,
                    r.verdict,
                    r.note ?? "",
                  ]),
                )}\n`,
                undefined,
              );
            }),
        )
        .command(
          "status",
          "Audit progress per plan and concept, and verdicts whose mention no longer exists",
          (c) => c.example(examplesOf("audit status")),
          (argv) =>
            withDb(argv, (db) => emit(renderAuditStatus(db), undefined)),
        )
        .command(
          "agreement",
          "Compare two auditors: mentions both judged, agreement, Cohen's kappa, disagreements to settle",
          (c) =>
            c
              .example(examplesOf("audit agreement"))
              .option("auditors", {
                type: "string",
                demandOption: true,
                describe: "Two names: A,B",
              })
              .option("json", { type: "boolean", default: false }),
          (argv) =>
            withDb(argv, (db) => {
              const names = argv.auditors
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean);
              if (names.length !== 2)
                throw new UsageError(
                  `--auditors needs two names separated by a comma, not "${argv.auditors}"`,
                );
              const [a, b] = names as [string, string];
              const current = new Set(
                readMentions(db).map((m) => m.mention_id),
              );
              const states = effectiveVerdicts(readVerdictRows(db));
              const of = (auditor: string) =>
                new Map(
                  [...states]
                    .filter(([id]) => current.has(id))
                    .map(([id, s]) => [id, s.byAuditor.get(auditor)] as const)
                    .filter(
                      (e): e is readonly [string, "accepted" | "rejected"] =>
                        e[1] === "accepted" || e[1] === "rejected",
                    ),
                );
              const result = compareAuditors(of(a), of(b));
              if (argv.json)
                return emit(
                  `${JSON.stringify({ auditors: [a, b], ...result }, null, 2)}\n`,
                  undefined,
                );
              const pct = (x: number | null) =>
                x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
              emit(
                `${a} and ${b} both judged ${result.both} mentions; they agree on ${result.agreed} (${pct(result.observed)}); ` +
                  `Cohen's kappa ${result.kappa === null ? "n/a" : result.kappa.toFixed(3)}\n` +
                  (result.disagreements.length === 0
                    ? "no disagreements\n"
                    : `to settle (stp-scan audit settle <id> accepted|rejected):\n${result.disagreements.map((d) => `  ${d.mentionId}: ${a} ${d.a}, ${b} ${d.b}`).join("\n")}\n`),
                undefined,
              );
            }),
        )
        .demandCommand(0),
    () => undefined,
  );
}
