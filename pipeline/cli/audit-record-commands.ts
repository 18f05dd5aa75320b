import type { Argv } from "yargs";
import {
  AUDIT_COLUMNS,
  auditSheetRows,
  isBlind,
  renderAuditSheet,
} from "../audit/index.js";
import { formatTable } from "../report/index.js";
import { readVerdictRows } from "../store/index.js";
import type { VerdictRow } from "../types.js";
import type { AuditArgs } from "./audit-judge-commands.js";
import { renderAuditStatus } from "./audit-status.js";
import {
  checkWorkbookOut,
  emit,
  emitWorkbook,
  runOnDatabase,
} from "./output.js";
import { examplesOf } from "./examples.js";

/** `audit export [--format csv|xlsx] [--out FILE] [--blind]` */
export function exportSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "export",
    "Write the auditor's sheet as CSV (or an xlsx workbook): every mention with its verdict and note; blind, only their own",
    (c) =>
      c
        .example(examplesOf("audit export"))
        .option("format", {
          choices: ["csv", "xlsx"] as const,
          default: "csv" as const,
          describe:
            "xlsx: a workbook with one typed sheet, needs --out (audit import reads the sheet saved as CSV)",
        })
        .option("out", {
          type: "string",
          describe: "File to write [default: print on the screen]",
        }),
    (argv) => {
      const { format, out } = argv;
      return runOnDatabase(
        argv.db,
        async (db) => {
          checkWorkbookOut(format, out);
          const sheet = {
            auditor: argv.auditor,
            blind: isBlind(db, argv.auditor, argv.blind),
          };
          if (format === "xlsx")
            await emitWorkbook(
              [
                {
                  name: "audit",
                  columns: AUDIT_COLUMNS,
                  rows: auditSheetRows(db, sheet),
                },
              ],
              out,
            );
          else emit(renderAuditSheet(db, sheet), out);
        },
        "reads",
      );
    },
  );
}

function renderLog(rows: readonly VerdictRow[]): string {
  return `${formatTable(
    ["when", "auditor", "kind", "mention", "verdict", "code", "blind", "note"],
    rows.map((r) => [
      r.decidedAt,
      r.auditor,
      r.kind,
      r.mentionId,
      r.verdict,
      r.code ?? "",
      r.blind === true ? "yes" : "",
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
        .option("json", { type: "boolean", default: false }),
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
