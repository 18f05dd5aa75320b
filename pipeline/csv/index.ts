export { readCsv, type CsvRow } from "./read-csv.js";
export { renderCsv, type Cell } from "./write-csv.js";
