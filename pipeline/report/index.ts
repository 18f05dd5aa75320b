export { renderReport, type ReportData } from "./render-report.js";
export { escapeHtml, hrefOf } from "./escape.js";
export { renderChart } from "./chart.js";
export type { OcrReport } from "./ocr-section.js";
