import writeXlsxFile, { type Cell as XlsxCell } from "write-excel-file/node";
import type { Cell } from "./write-csv.js";

/** One sheet of a workbook: its name (the table's), its columns in contract order, and its rows. */
export type SheetTable = {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
};

// Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ].
const sheetName = (name: string) =>
  name.replace(/[:\\/?*[\]]/g, "-").slice(0, 31);

// Wide enough for most values, never so wide that a passage pushes every other column off the screen.
const MAX_WIDTH = 60;

/**
 * A value as the spreadsheet types it: numbers stay numbers and booleans booleans, so they sort and sum; text is
 * always text (a cell typed String is never run as a formula, so unlike CSV it needs no leading "'"); an empty
 * value is an empty cell.
 */
function cellOf(value: Cell | undefined): XlsxCell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return { type: Number, value };
  if (typeof value === "boolean") return { type: Boolean, value };
  return { type: String, value };
}

/** Characters of a value's longest line, for its column's width. */
const widthOf = (value: Cell | undefined) =>
  Math.max(
    0,
    ...String(value ?? "")
      .split("\n")
      .map((line) => line.length),
  );

/**
 * A workbook with one sheet per table (write-excel-file): the header row bold and frozen, each column as wide as
 * its values (up to MAX_WIDTH characters), cells typed as cellOf says. It opens in Excel and LibreOffice with no
 * import settings: no byte-order mark, separator or encoding to choose.
 */
export async function renderXlsx(
  sheets: readonly SheetTable[],
): Promise<Uint8Array> {
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheetName(sheet.name),
      stickyRowsCount: 1,
      columns: sheet.columns.map((c) => ({
        width: Math.min(
          MAX_WIDTH,
          Math.max(c.length, ...sheet.rows.map((r) => widthOf(r[c]))) + 2,
        ),
      })),
      data: [
        sheet.columns.map((c) => ({ value: c, fontWeight: "bold" as const })),
        ...sheet.rows.map((r) => sheet.columns.map((c) => cellOf(r[c]))),
      ],
    })),
  ).toBuffer();
}
