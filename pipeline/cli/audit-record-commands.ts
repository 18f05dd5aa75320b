import type { Argv } from "yargs";
import {
  AUDIT_COLUMNS,
  auditProgress,
  auditSheetRows,
  isBlind,
  renderAuditSheet,
} from "../audit/index.js";
import { renderAuditStatus, renderVerdictLog } from "../report/index.js";
import { readVerdictRows } from "../store/index.js";
import type { AuditArgs } from "./audit-judge-commands.js";
import {
  checkWorkbookOut,
  emit,
  emitWorkbook,
  runOnDatabase,
} from "./output.js";
import { examplesOf } from "./examples.js";
import { formatOption, jsonOption, OUT_OPTION } from "./options.js";

/** `audit export [--format csv|xlsx] [--out FILE] [--blind]` */
export function exportSubcommand(y: Argv<AuditArgs>) {
  return y.command(
    "export",
    "Write the auditor's sheet as CSV (or an xlsx workbook): every mention with its verdict and note; blind, only their own",
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
        "read",
      );
    },
  );
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
          emit(renderVerdictLog(rows, argv.json), undefined);
        },
        "read",
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
        (db) => emit(renderAuditStatus(auditProgress(db)), undefined),
        "read",
      ),
  );
}
