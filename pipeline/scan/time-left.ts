import type { ScanProgress } from "./run-scan.js";

/** Documents settled, and time taken, before the bytes still to read say anything of the time left. */
const MIN_DOCUMENTS = 1;
const MIN_ELAPSED_MS = 2_000;
/** OCR pages read before their rate says anything: the first ones also start Tesseract. */
const MIN_OCR_PAGES = 3;
/** The least time left shown while work remains: a rounded "0 s" would say the scan is done when it is not. */
const MIN_LEFT_MS = 1_000;

/**
 * How long a scan has still to run, in ms: 0 when nothing is left, null while too little is done to say
 * ("estimating"). Text pages and OCR pages go at very different speeds, so each kind of work is timed on its own:
 * the bytes of documents still to read at the speed documents have been settled, and the OCR pages found but not
 * read at the OCR rate so far; the scan ends with the slower of the two. Either one unknown while its work remains
 * makes the whole estimate unknown, rather than a confident guess from the other.
 */
export function estimateLeftMs(
  p: ScanProgress,
  elapsedMs: number,
  nowMs: number,
): number | null {
  const documentsLeft = p.documentsDone < p.documentsTotal;
  const ocrPagesLeft = Math.max(0, p.ocrPagesToRead - p.ocrPagesRead);
  if (!documentsLeft && ocrPagesLeft === 0) return 0;
  let byBytes = 0;
  if (documentsLeft) {
    if (
      p.documentsDone < MIN_DOCUMENTS ||
      elapsedMs < MIN_ELAPSED_MS ||
      p.bytesDone <= 0
    )
      return null;
    byBytes =
      (elapsedMs * Math.max(0, p.bytesTotal - p.bytesDone)) / p.bytesDone;
  }
  let byOcr = 0;
  if (ocrPagesLeft > 0) {
    const ocrMs = p.ocrStartedAt === null ? 0 : nowMs - p.ocrStartedAt;
    if (p.ocrPagesRead < MIN_OCR_PAGES || ocrMs <= 0) return null;
    byOcr = (ocrPagesLeft * ocrMs) / p.ocrPagesRead;
  }
  return Math.max(byBytes, byOcr, MIN_LEFT_MS);
}
