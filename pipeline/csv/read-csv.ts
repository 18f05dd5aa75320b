import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describeFileError } from "../file-error.js";
import { StpError } from "../problem.js";

/** One data row of a CSV file: cells by lower-cased header name, and the 1-based line it starts on. */
export type CsvRow = {
  readonly cells: Readonly<Record<string, string>>;
  readonly line: number;
};

/** A CSV file that cannot be read or parsed; its message names the file (and line) and what to do. */
export class CsvError extends StpError {}

/**
 * Reads a CSV file the way a spreadsheet writes it: BOM, CRLF, quoted fields, blank lines and extra
 * columns are all fine. Throws a CsvError naming the file and line when the file cannot be read or the CSV
 * itself is malformed.
 */
export function readCsv(file: string): {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
} {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CsvError(`${file}: ${describeFileError(error)}`, {
      cause: error,
    });
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CsvError(
      `${file}${line ? `:${line}` : ""}: not readable as CSV (${(error as Error).message}); fix the file (a quote left open?) and run again`,
      {
        cause: error,
      },
    );
  }
  const [head, ...body] = records;
  const header = (head?.record ?? []).map((h) => h.toLowerCase());
  const rows = body
    .filter((r) => r.record.some((cell) => cell !== ""))
    .map((r) => ({
      cells: Object.fromEntries(header.map((h, i) => [h, r.record[i] ?? ""])),
      line: r.info.lines,
    }));
  return { header, rows };
}
