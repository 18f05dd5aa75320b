import { counted } from "../plural.js";
import type { ScanProgress } from "./run-scan.js";
import { estimateLeftMs } from "./time-left.js";

// Rounded to whole seconds before splitting, so 119.6 s reads "2 min 0 s", never "1 min 60 s".
const seconds = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};

/**
 * The progress line: documents and pages done, pages per second, the OCR pages apart (done / found so far, and
 * their rate: they are slow), and the time left (estimateLeftMs), or "estimating" while too little is done.
 */
export function describeProgress(
  p: ScanProgress,
  elapsedMs: number,
  nowMs: number,
): string {
  const rate = elapsedMs > 0 ? (p.pagesRead * 1000) / elapsedMs : 0;
  const ocrMs = p.ocrStartedAt === null ? 0 : nowMs - p.ocrStartedAt;
  const ocrRate = ocrMs > 0 ? (p.ocrPagesRead * 1000) / ocrMs : 0;
  const left = estimateLeftMs(p, elapsedMs, nowMs);
  const ocr =
    p.ocrPagesToRead === 0
      ? ""
      : `, OCR ${p.ocrPagesRead}/${counted(p.ocrPagesToRead, "page")}` +
        (ocrRate > 0 ? ` (${ocrRate.toFixed(2)} pages/s)` : "");
  return (
    `scanning: ${p.documentsDone}/${counted(p.documentsTotal, "document")}, ${counted(p.pagesRead, "page")} read, ${rate.toFixed(0)} pages/s` +
    ocr +
    (left === null
      ? ", estimating time left..."
      : left > 0
        ? `, about ${seconds(left)} left`
        : "")
  );
}
