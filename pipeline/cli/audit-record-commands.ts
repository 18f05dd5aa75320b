import type { Argv } from "yargs";
import {
  agreementOf,
  AUDIT_COLUMNS,
  auditProgress,
  auditSheetRows,
  renderAuditSheet,
} from "../audit/index.js";
import {
  renderAgreement,
  renderAuditStatus,
  renderVerdictLog,
} from "../report/index.js";
import { readVerdictRows } from "../store/index.js";
import type { AuditArgs } from "./audit-judge-commands.js";
import { UsageError } from "./fatal.js";
import {
  checkWorkbookOut,
  emit,
  emitWorkbook,
  runOnDatabase,
} from "./output.js";
import { examplesOf } from "./examples.js";
import { formatOption, jsonOption, OUT_OPTION } from "./options.js";

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
        (db) => emit(renderAuditStatus(auditProgress(db)), undefined),
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
          emit(
            renderAgreement(a, b, agreementOf(db, a, b), argv.json),
            undefined,
          );
        },
        "reads",
      ),
  );
}
