// csv/: takes CSV text and gives rows (with file and line in every error), and takes rows and gives CSV text with
// formula cells neutralised, or an xlsx workbook with its cells typed. Pure apart from reading the file it is given.
export { readCsv, CsvError, type CsvRow } from "./read-csv.js";
export { renderCsv, neutraliseFormula, type Cell } from "./write-csv.js";
export { renderXlsx, type SheetTable } from "./write-xlsx.js";
export { separatorHint } from "./separator-hint.js";
