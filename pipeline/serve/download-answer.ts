// How a table leaves the app as a file: the same rendering its command writes with --format (report/), and the
// headers that make a browser save it.
import { renderXlsx } from "../csv/index.js";
import type { RenderedRows } from "../report/index.js";
import { answer } from "./respond.js";

/** What an xlsx workbook is. */
export const XLSX_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What a CSV file is. */
export const CSV_TYPE = "text/csv; charset=utf-8";

/** The formats a table of a command is asked in (`format=`), as its `--format`. */
export const TABLE_FORMATS = ["json", "csv", "xlsx"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Headers that make the browser save the answer as `name`. */
export const savedAs = (name: string) => ({
  "content-disposition": `attachment; filename="${name}"`,
});

/**
 * A command's rows as rendered for `format` (renderRows): JSON answered as it is; CSV, and the workbook of one
 * sheet named `name` that the command writes with `--out`, saved as `<name>.csv` or `<name>.xlsx`.
 */
export async function rowsAnswer(
  rendered: RenderedRows,
  name: string,
  format: TableFormat,
): Promise<Response> {
  if (rendered.sheet !== undefined)
    return answer(
      200,
      await renderXlsx([{ name, ...rendered.sheet }]),
      XLSX_TYPE,
      savedAs(`${name}.xlsx`),
    );
  return format === "csv"
    ? answer(200, rendered.text, CSV_TYPE, savedAs(`${name}.csv`))
    : answer(200, rendered.text);
}
