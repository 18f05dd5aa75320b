import { renderCsv, type Cell } from "../csv/index.js";
import { formatTable } from "./format-table.js";
import { emit } from "./output.js";

/** The output formats every explore command takes. */
export const FORMAT_OPTION = {
  choices: ["table", "csv", "json"] as const,
  default: "table" as const,
};

/**
 * Prints rows in the chosen format: a table (with a closing line of totals), CSV through the project's writer
 * (formula cells neutralised), or pure JSON (`{...meta, rows}`). No rows: a table says `empty`; CSV and JSON
 * stay well-formed and the message goes to stderr.
 */
export function emitRows(
  format: "table" | "csv" | "json",
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  options: {
    readonly out?: string | undefined;
    readonly meta?: Readonly<Record<string, unknown>>;
    readonly footer?: string;
    readonly empty: string;
  },
): void {
  if (rows.length === 0 && format !== "table")
    process.stderr.write(`${options.empty}\n`);
  if (format === "json")
    emit(
      `${JSON.stringify({ ...options.meta, rows }, null, 2)}\n`,
      options.out,
    );
  else if (format === "csv") emit(renderCsv(columns, rows), options.out);
  else if (rows.length === 0) emit(`${options.empty}\n`, options.out);
  else
    emit(
      `${formatTable(
        columns,
        rows.map((r) => columns.map((c) => r[c] ?? "") as (string | number)[]),
      )}\n${options.footer === undefined ? "" : `${options.footer}\n`}`,
      options.out,
    );
}

/** A figure rounded for display (JSON and CSV keep 4 decimals; the table too, aligned). */
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
