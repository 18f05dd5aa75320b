/**
 * What to add to a "missing column" message when the header is one cell holding semicolons: a spreadsheet set to
 * a European locale saves "CSV" with semicolons between the columns, and then no column name is found.
 */
export function separatorHint(header: readonly string[]): string {
  return header.length === 1 && (header[0] ?? "").includes(";")
    ? "; its columns are separated by semicolons: save it as CSV with commas between columns (in Excel: CSV UTF-8, comma delimited)"
    : "";
}
