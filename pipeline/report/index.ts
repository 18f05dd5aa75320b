// report/: takes what the database holds and gives what the analyst reads: the HTML report (gathered, then
// rendered with its chart), the export tables in their contract column order, and what every command prints:
// its text, tables and rows (table, CSV or JSON), one function for each output shape. Render pure, gather reads.
export { renderReport, type ReportData } from "./render-report.js";
export { escapeHtml, hrefOf } from "./escape.js";
export { renderChart } from "./chart.js";
export {
  exportTable,
  renderTable,
  tableSheet,
  type ExportOptions,
  type Table,
} from "./export-tables.js";
export { formatTable } from "./format-table.js";
export {
  renderKwicTable,
  shortenContext,
  type KwicTableRow,
} from "./kwic-table.js";
export {
  renderRows,
  round4,
  type RowFormat,
  type RenderedRows,
} from "./render-rows.js";
export { gatherReport, type ReportOptions } from "./gather-report.js";
export {
  renderDispersionPlot,
  positionInDocument,
  type DispersionStrip,
} from "./dispersion-plot.js";
export { dispersionStrips } from "./dispersion-strips.js";
export type { OcrReport } from "./ocr-section.js";
export { documentNotes, type DocumentNote } from "./document-notes.js";
export {
  renderFigure,
  renderHeadline,
  renderStatistic,
  shortShare,
} from "./statistic-text.js";
export { renderStats, type StatsAsked } from "./stats-text.js";
export {
  refusedCount,
  renderOutcome,
  renderPlanAfter,
  renderScanned,
  renderSummary,
} from "./add-text.js";
export { renderMentions } from "./mentions-output.js";
export {
  placeRows,
  renderSearch,
  renderSearchCsv,
  renderSearchJson,
  type SearchQuery,
  type SearchShape,
} from "./search-output.js";
export {
  renderClusters,
  renderCollocates,
  renderSuggestions,
  renderWords,
} from "./explore-output.js";
export { renderTermForms } from "./terms-text.js";
export { renderBundleSummary, renderVerification } from "./bundle-text.js";
export { renderChanges } from "./changes-text.js";
export {
  renderOcrLine,
  renderScanJson,
  renderScanLine,
  renderScanOutcome,
  type ScanRun,
} from "./scan-text.js";
export {
  renderCheck,
  renderCorpusList,
  renderDuplicateDeclared,
  renderPagesDeclared,
  renderRemoved,
  renderRepair,
} from "./corpus-text.js";
export { renderCorpusQuality } from "./quality-text.js";
export { renderAuditStatus, renderVerdictLog } from "./audit-text.js";
export { renderAgreement } from "./agreement-text.js";
export {
  renderBlindMode,
  renderCodebook,
  renderSample,
  renderSettlement,
} from "./coding-text.js";
export {
  candidatesJson,
  conceptWords,
  describeBroad,
  describeBundledBeyond,
  describeElusion,
  renderCandidates,
  renderCoded,
  renderDraw,
  renderElusion,
  renderJudged,
  renderWaitingPassages,
} from "./beyond-text.js";
