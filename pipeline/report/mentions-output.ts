import { RAW_TEXT_COLUMNS, type KwicMention } from "../audit/index.js";
import { renderCsv, type Cell } from "../csv/index.js";
import { counted } from "../plural.js";
import { renderKwicTable } from "./kwic-table.js";
import type { RenderedRows, RowFormat } from "./render-rows.js";

// The passage under the names `export mentions` gives it, as readable text; then as extracted (RAW_TEXT_COLUMNS).
const KWIC_COLUMNS = [
  "mention_id",
  "plan_id",
  "document",
  "page",
  "left_context",
  "surface",
  "right_context",
  "term_id",
  "concept",
  "verdict",
  "location",
  ...RAW_TEXT_COLUMNS,
];

/** The mentions as rows of KWIC_COLUMNS: the passage as readable text, then as extracted. */
const kwicRows = (rows: readonly KwicMention[]) =>
  rows.map((r) => {
    const row = { ...r, ...r.readable };
    return Object.fromEntries(
      KWIC_COLUMNS.map((c) => [c, row[c as keyof typeof row] as Cell]),
    );
  });

/**
 * What `mentions` prints, in the format asked: JSON, CSV, a sheet, or the keyword-in-context table `width`
 * characters wide with a count.
 */
export function renderMentions(
  rows: readonly KwicMention[],
  format: RowFormat,
  width: number,
): RenderedRows {
  switch (format) {
    case "xlsx":
      return {
        text: "",
        notice: null,
        sheet: { columns: KWIC_COLUMNS, rows: kwicRows(rows) },
      };
    case "json":
      return {
        text: `${JSON.stringify(kwicRows(rows), null, 2)}\n`,
        notice: null,
      };
    case "csv":
      return { text: renderCsv(KWIC_COLUMNS, kwicRows(rows)), notice: null };
    case "table":
      return {
        text:
          rows.length === 0
            ? "no mentions match\n"
            : `${renderKwicTable(rows, { width, idHeader: "mention" })}\n${counted(rows.length, "mention")}\n`,
        notice: null,
      };
  }
}
