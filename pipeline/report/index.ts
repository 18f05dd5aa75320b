export { renderReport, type ReportData } from "./render-report.js";
export { escapeHtml, hrefOf } from "./escape.js";
export { renderChart } from "./chart.js";
export {
  renderDispersionPlot,
  positionInDocument,
  type DispersionStrip,
} from "./dispersion-plot.js";
