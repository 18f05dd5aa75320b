import { stringify } from "csv-stringify/sync";

/** A cell value as exports hold it. */
export type Cell = string | number | boolean | null;

/**
 * Renders rows as CSV a spreadsheet opens cleanly: UTF-8 byte-order mark (so Excel reads accents), CRLF
 * records (RFC 4180), every field that needs it quoted; null becomes an empty cell.
 */
export function renderCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
): string {
  const body = stringify(
    rows.map((row) => columns.map((c) => row[c] ?? "")),
    {
      header: true,
      columns: [...columns],
      record_delimiter: "windows",
      // A surface keeps its line breaks; csv-stringify only quotes the record delimiter itself (CRLF), so a bare LF
      // inside a cell must be asked for, or the row splits.
      quoted_match: /[\r\n]/,
      cast: { boolean: (b) => String(b) },
    },
  );
  return `\uFEFF${body}`;
}
