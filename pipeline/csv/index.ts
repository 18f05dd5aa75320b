export { readCsv, CsvError, type CsvRow } from "./read-csv.js";
export { renderCsv, neutraliseFormula, type Cell } from "./write-csv.js";
