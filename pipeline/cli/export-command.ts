import type { Argv } from "yargs";
import { renderCsv, type Cell } from "../csv/index.js";
import { DB_FILE, THRESHOLD_MENTIONS } from "../defaults.js";
import { computeShare } from "../stats/index.js";
import {
  readDocuments,
  readMentions,
  readPlanCounts,
  readPlanSizes,
  type Db,
} from "../store/index.js";
import { runCommand } from "./fatal.js";
import { emit, openExisting } from "./output.js";

type Table = {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, Cell | readonly number[]>[];
};

// Column order is a contract (foundation issue): the first columns are fixed, extras follow.
export const MENTION_COLUMNS = [
  "mention_id",
  "plan_id",
  "document",
  "page",
  "term_id",
  "concept",
  "surface",
  "left_context",
  "right_context",
  "verdict",
  "headline",
  "start",
  "end",
  "source",
  "confidence",
];
const DOCUMENT_COLUMNS = [
  "plan_id",
  "document",
  "sha256",
  "pages",
  "status",
  "pages_without_text",
  "error",
  "duplicate_of",
  "bytes",
  "role",
  "in_manifest",
  "manifest_sha256",
  "pages_ocr",
  "pages_picture",
];
const PLAN_COLUMNS = [
  "plan_id",
  "plan_name",
  "region",
  "documents",
  "pages",
  "headline_mentions",
  "related_mentions",
  "mentions_social_value",
  "reported_apart",
  "reported_apart_reasons",
];

function planTable(db: Db, threshold: number): Table {
  const stat = computeShare(readPlanCounts(db), threshold);
  const sizes = readPlanSizes(db);
  const apart = new Map(stat.reportedApart.map((a) => [a.plan, a.reasons]));
  return {
    columns: PLAN_COLUMNS,
    rows: stat.plans.map((p) => ({
      plan_id: p.plan,
      plan_name: p.name,
      region: p.region,
      documents: sizes.get(p.plan)?.documents ?? 0,
      pages: sizes.get(p.plan)?.pages ?? 0,
      headline_mentions: p.headline,
      related_mentions: p.related,
      mentions_social_value: p.mentions,
      reported_apart: p.mentions === null,
      reported_apart_reasons: (apart.get(p.plan) ?? []).join("; "),
    })),
  };
}

function table(db: Db, kind: string, threshold: number): Table {
  if (kind === "mentions")
    // Highlight boxes are for the audit app, not for spreadsheets.
    return {
      columns: MENTION_COLUMNS,
      rows: readMentions(db).map(({ boxes: _boxes, ...m }) => m),
    };
  if (kind === "documents")
    return { columns: DOCUMENT_COLUMNS, rows: readDocuments(db) };
  return planTable(db, threshold);
}

/** In CSV a list of page numbers is one cell: "6;7;8". */
const flatten = (rows: Table["rows"]) =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.join(";") : (v as Cell),
      ]),
    ),
  );

/** `stp-scan export mentions|documents|plans [--db FILE] [--format csv|json] [--out FILE]` */
export function exportCommand(yargs: Argv): Argv {
  return yargs.command(
    "export <table>",
    "Export mentions, documents or plans as CSV or JSON",
    (y) =>
      y
        .positional("table", {
          choices: ["mentions", "documents", "plans"] as const,
          demandOption: true,
        })
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to read",
        })
        .option("format", {
          choices: ["csv", "json"] as const,
          default: "csv" as const,
        })
        .option("out", {
          type: "string",
          describe: "File to write [default: stdout]",
        })
        .option("threshold", {
          type: "number",
          default: THRESHOLD_MENTIONS,
          describe: "For plans: headline mentions a plan needs",
        })
        .option("bom", {
          type: "boolean",
          default: true,
          describe:
            "Start the CSV with a UTF-8 byte-order mark (for Excel); --no-bom leaves it out",
        }),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db);
        try {
          const { columns, rows } = table(db, argv.table, argv.threshold);
          const text =
            argv.format === "json"
              ? `${JSON.stringify(rows, null, 2)}\n`
              : renderCsv(columns, flatten(rows), { bom: argv.bom });
          emit(text, argv.out);
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
