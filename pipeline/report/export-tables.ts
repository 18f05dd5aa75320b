import {
  auditedStatisticOf,
  loadMentions,
  RAW_TEXT_COLUMNS,
  readableMentions,
} from "../audit/index.js";
import { renderCsv, type Cell, type SheetTable } from "../csv/index.js";
import { computeShare, countPlans } from "../stats/index.js";
import {
  readDocuments,
  readPlanFacts,
  readPlanSizes,
  type Db,
} from "../store/index.js";
import { MENTION_COLUMNS } from "../types.js";

/** One exported table: its columns in contract order and its rows. */
export type Table = {
  readonly columns: readonly string[];
  readonly rows: readonly Record<
    string,
    Cell | readonly number[] | readonly string[]
  >[];
};

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
  // Spec v2.1, after the columns before it.
  "pages_blank",
  "duplicate_reason",
  "near_duplicate_of",
  "pages_shared",
  "warnings",
  "repaired",
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

/** What `export` is asked for besides the table. */
export type ExportOptions = {
  /** For plans: headline mentions a plan needs. */
  readonly threshold: number;
  /** For plans: leave rejected mentions out, as `stats --audited` counts (spec §The statistic after audit). */
  readonly audited: boolean;
};

function planTable(db: Db, options: ExportOptions): Table {
  const stat = options.audited
    ? auditedStatisticOf(db, options.threshold).statistic
    : computeShare(countPlans(readPlanFacts(db)), options.threshold);
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

/**
 * The rows `export <table>` writes: mentions (the passage as readable text, then as extracted), documents, or plans
 * (with the statistic at the threshold, audited or not).
 */
export function exportTable(
  db: Db,
  kind: string,
  options: ExportOptions,
): Table {
  if (kind === "mentions")
    // Highlight boxes are for the audit app, not for spreadsheets.
    return {
      columns: [...MENTION_COLUMNS, ...RAW_TEXT_COLUMNS],
      rows: readableMentions(db, loadMentions(db)).map(
        ({ boxes: _boxes, ...m }) => m,
      ),
    };
  if (kind === "documents")
    return { columns: DOCUMENT_COLUMNS, rows: readDocuments(db) };
  return planTable(db, options);
}

/** In CSV a list is one cell: page numbers as "6;7;8", lines of text (warnings) one under the other. */
const flatten = (rows: Table["rows"]) =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        Array.isArray(v)
          ? v.join(v.some((x) => typeof x === "string") ? "\n" : ";")
          : (v as Cell),
      ]),
    ),
  );

/** A table as one sheet of a workbook, named `name`, its lists flattened as in CSV. */
export const tableSheet = (
  name: string,
  { columns, rows }: Table,
): SheetTable => ({
  name,
  columns,
  rows: flatten(rows),
});

/** A table as `export` prints it: JSON rows, or CSV in contract column order. */
export function renderTable(
  { columns, rows }: Table,
  format: "csv" | "json",
  options: { readonly bom: boolean },
): string {
  return format === "json"
    ? `${JSON.stringify(rows, null, 2)}\n`
    : renderCsv(columns, flatten(rows), options);
}
