import { stringify } from "csv-stringify/sync";

/** A cell value as exports hold it. */
export type Cell = string | number | boolean | null;

/**
 * Renders rows as CSV a spreadsheet opens cleanly: UTF-8 byte-order mark (so Excel reads accents; `bom: false`
 * leaves it out), CRLF records (RFC 4180), every field that needs it quoted, would-be formulas neutralised;
 * null becomes an empty cell.
 */
// A cell a spreadsheet would run as a formula (OWASP "CSV injection"): PDF text is never a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet should show it: a leading "'" makes a would-be formula plain text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function renderCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  options: { readonly bom?: boolean; readonly header?: boolean } = {},
): string {
  const body = stringify(
    rows.map((row) =>
      columns.map((c) => {
        const cell = row[c] ?? "";
        return typeof cell === "string" ? neutraliseFormula(cell) : cell;
      }),
    ),
    {
      // Without the header: rows that follow others already written (a search's rows, a batch at a time).
      header: options.header !== false,
      columns: [...columns],
      record_delimiter: "windows",
      // A surface keeps its line breaks; csv-stringify only quotes the record delimiter itself (CRLF), so a bare LF
      // inside a cell must be asked for, or the row splits.
      quoted_match: /[\r\n]/,
      cast: { boolean: (b) => String(b) },
    },
  );
  return options.bom === false ? body : `\uFEFF${body}`;
}
