import type { Argv } from "yargs";
import {
  agreementOf,
  AUDIT_COLUMNS,
  auditSheetRows,
  renderAuditSheet,
  type Agreement,
} from "../audit/index.js";
import { formatTable } from "../report/index.js";
import { readVerdictRows } from "../store/index.js";
import type { VerdictRow } from "../types.js";
import type { AuditArgs } from "./audit-judge-commands.js";
import { renderAuditStatus } from "./audit-status.js";
import { UsageError } from "./fatal.js";
import {
  checkWorkbookOut,
  emit,
  emitWorkbook,
  runOnDatabase,
} from "./output.js";
import { examplesOf } from "./examples.js";
import { formatOption, jsonOption, OUT_OPTION } from "./options.js";
import { counted } from "../plural.js";

/** `audit export [--format csv|xlsx] [--out FILE]` */
export function exportSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "export",
    "Write every mention with its verdict and note as CSV (or an xlsx workbook) for a spreadsheet",
    (c) =>
      c
        .example(examplesOf("audit export"))
        .option(
          "format",
          formatOption(
            ["csv", "xlsx"],
            "csv",
            "audit import reads the sheet saved as CSV",
          ),
        )
        .option("out", OUT_OPTION),
    (argv) => {
      const { format, out } = argv;
      return runOnDatabase(
        argv.db,
        async (db) => {
          checkWorkbookOut(format, out);
          if (format === "xlsx")
            await emitWorkbook(
              [
                {
                  name: "audit",
                  columns: AUDIT_COLUMNS,
                  rows: auditSheetRows(db),
                },
              ],
              out,
            );
          else emit(renderAuditSheet(db), out);
        },
        "reads",
      );
    },
  );
}

function renderLog(rows: readonly VerdictRow[]): string {
  return `${formatTable(
    ["when", "auditor", "kind", "mention", "verdict", "note"],
    rows.map((r) => [
      r.decidedAt,
      r.auditor,
      r.kind,
      r.mentionId,
      r.verdict,
      r.note ?? "",
    ]),
  )}\n`;
}

/** `audit log [--mention ID] [--json]` */
export function logSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "log",
    "The verdict history, oldest first (append-only: earlier verdicts are kept)",
    (c) =>
      c
        .example(examplesOf("audit log"))
        .option("mention", {
          type: "string",
          describe: "Only this mention",
        })
        .option("json", jsonOption("the history")),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          const rows = readVerdictRows(db).filter(
            (r) => argv.mention === undefined || r.mentionId === argv.mention,
          );
          emit(
            argv.json ? `${JSON.stringify(rows, null, 2)}\n` : renderLog(rows),
            undefined,
          );
        },
        "reads",
      ),
  );
}

/** `audit status` */
export function statusSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "status",
    "Audit progress per plan and concept, and verdicts whose mention no longer exists",
    (c) => c.example(examplesOf("audit status")),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => emit(renderAuditStatus(db), undefined),
        "reads",
      ),
  );
}

/** The two names of --auditors A,B, or a usage error. */
function twoAuditors(text: string): [string, string] {
  const names = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length !== 2)
    throw new UsageError(
      `--auditors needs two names separated by a comma, not "${text}"`,
    );
  return names as [string, string];
}

function renderAgreement(a: string, b: string, result: Agreement): string {
  const pct = (x: number | null) =>
    x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
  const kappa = result.kappa === null ? "n/a" : result.kappa.toFixed(3);
  const toSettle = result.disagreements
    .map((d) => `  ${d.mentionId}: ${a} ${d.a}, ${b} ${d.b}`)
    .join("\n");
  return (
    `${a} and ${b} both judged ${counted(result.both, "mention")}; they agree on ${result.agreed} (${pct(result.observed)}); ` +
    `Cohen's kappa ${kappa}\n` +
    (result.disagreements.length === 0
      ? "no disagreements\n"
      : `to settle (stp-scan audit settle <id> accepted|rejected):\n${toSettle}\n`)
  );
}

/** `audit agreement --auditors A,B [--json]` */
export function agreementSubcommand(y: Argv<AuditArgs>) {
  return y.command(
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
        .option("json", jsonOption("the comparison")),
    (argv) =>
      runOnDatabase(
        argv.db,
        (db) => {
          const [a, b] = twoAuditors(argv.auditors);
          const result = agreementOf(db, a, b);
          emit(
            argv.json
              ? `${JSON.stringify({ auditors: [a, b], ...result }, null, 2)}\n`
              : renderAgreement(a, b, result),
            undefined,
          );
        },
        "reads",
      ),
  );
}
