import type { ScanSummary } from "../scan/index.js";
import { counted } from "../plural.js";
import { figureJson, summariseOcr, type Figure } from "../stats/index.js";
import type { OcrFigures } from "../types.js";
import { renderChanges } from "./changes-text.js";
import { renderFigure } from "./statistic-text.js";

/** How a scan ran, as its outcome reports it: seconds taken and the largest memory used. */
export type ScanRun = { readonly seconds: number; readonly maxRssKb: number };

/** The outcome of a scan as `--json` prints it. */
export function renderScanJson(
  summary: ScanSummary,
  figure: Figure,
  run: ScanRun,
): string {
  const out = {
    runId: summary.runId,
    seconds: run.seconds,
    workers: summary.workers,
    documents: summary.results.length,
    pagesRead: summary.pagesRead,
    ocrPagesRead: summary.ocrPagesRead,
    mentions: summary.mentions,
    lexicon: summary.lexiconPath,
    settings: summary.project,
    warnings: summary.warnings.map((w) => w.reason),
    problems: summary.results
      .filter((r) => r.error !== null)
      .map((r) => ({
        document: r.doc.path,
        status: r.status,
        reason: r.error,
      })),
    changes: summary.changes,
    statistic: figureJson(figure),
    maxRssKb: run.maxRssKb,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The one line (for stderr) that says what the scan read and where it wrote. */
export function renderScanLine(
  summary: ScanSummary,
  seconds: number,
  dbFile: string,
): string {
  return (
    `scanned ${counted(summary.results.length, "document")} (${counted(summary.pagesRead, "page")} read by ${counted(summary.workers, "worker")}), ` +
    `${counted(summary.mentions, "mention")}, in ${seconds.toFixed(1)} s; lexicon ${summary.lexiconPath}; database ${dbFile}\n`
  );
}

/** What OCR contributed, the line under the figure's table (as `scan` and `stats` print it), or nothing with OCR off. */
export function renderOcrLine(ocr: OcrFigures, figure: Figure): string {
  const { line } = summariseOcr(ocr, figure.statistic);
  return line === null ? "" : `${line}\n`;
}

/** What a scan prints: the figure, what OCR contributed, then what changed since the last scan. */
export const renderScanOutcome = (
  summary: ScanSummary,
  figure: Figure,
  ocr: OcrFigures,
): string =>
  `${renderFigure(figure)}${renderOcrLine(ocr, figure)}\n${renderChanges(summary.changes)}`;
