import { renderCsv, type Cell } from "../csv/index.js";
import { formatTable } from "./format-table.js";

/** The output formats of the explore commands. */
export type RowFormat = "table" | "csv" | "json" | "xlsx";

/**
 * What an explore command prints: `text` for stdout (or --out), `notice` for stderr (null: nothing); for xlsx,
 * `sheet` holds the rows for the workbook and `text` is empty.
 */
export type RenderedRows = {
  readonly text: string;
  readonly notice: string | null;
  readonly sheet?: {
    readonly columns: readonly string[];
    readonly rows: readonly Readonly<Record<string, Cell>>[];
  };
};

/**
 * Renders rows in the chosen format: a table (with a closing line of totals), CSV through the project's writer
 * (formula cells neutralised), or pure JSON (`{...meta, rows}`). No rows: a table says `empty`; CSV and JSON
 * stay well-formed and `empty` becomes the notice.
 */
export function renderRows(
  format: RowFormat,
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  options: {
    readonly meta?: Readonly<Record<string, unknown>>;
    readonly footer?: string;
    readonly empty: string;
  },
): RenderedRows {
  const notice = rows.length === 0 && format !== "table" ? options.empty : null;
  if (format === "xlsx") return { text: "", notice, sheet: { columns, rows } };
  if (format === "json")
    return {
      text: `${JSON.stringify({ ...options.meta, rows }, null, 2)}\n`,
      notice,
    };
  if (format === "csv") return { text: renderCsv(columns, rows), notice };
  if (rows.length === 0) return { text: `${options.empty}\n`, notice };
  const table = formatTable(
    columns,
    rows.map((r) => columns.map((c) => r[c] ?? "") as (string | number)[]),
  );
  const footer = options.footer === undefined ? "" : `${options.footer}\n`;
  return { text: `${table}\n${footer}`, notice };
}

/** A figure rounded for display (JSON and CSV keep 4 decimals; the table too, aligned). */
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
