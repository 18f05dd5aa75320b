import type { ScanProgress } from "../scan/index.js";
import { counted } from "../plural.js";

const seconds = (ms: number) =>
  ms < 60_000
    ? `${Math.round(ms / 1000)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

/**
 * The progress line: documents and pages done, pages per second, the OCR pages apart (done / found so far, and
 * their rate: they are slow), and the time left: by bytes still to read, or by OCR pages still to read at
 * their rate so far, whichever is longer.
 */
export function describeProgress(
  p: ScanProgress,
  elapsedMs: number,
  nowMs: number,
): string {
  const rate = elapsedMs > 0 ? (p.pagesRead * 1000) / elapsedMs : 0;
  // Time left by bytes still to read, the best guess before a document's page count is known.
  const byBytes =
    p.bytesDone > 0 && p.bytesDone < p.bytesTotal
      ? (elapsedMs * (p.bytesTotal - p.bytesDone)) / p.bytesDone
      : 0;
  const ocrMs = p.ocrStartedAt === null ? 0 : nowMs - p.ocrStartedAt;
  const ocrRate = ocrMs > 0 ? (p.ocrPagesRead * 1000) / ocrMs : 0;
  const byOcr =
    ocrRate > 0 ? ((p.ocrPagesToRead - p.ocrPagesRead) * 1000) / ocrRate : 0;
  const left = Math.max(byBytes, byOcr);
  const ocr =
    p.ocrPagesToRead === 0
      ? ""
      : `, OCR ${p.ocrPagesRead}/${counted(p.ocrPagesToRead, "page")}` +
        (ocrRate > 0 ? ` (${ocrRate.toFixed(2)} pages/s)` : "");
  return (
    `scanning: ${p.documentsDone}/${counted(p.documentsTotal, "document")}, ${counted(p.pagesRead, "page")} read, ${rate.toFixed(0)} pages/s` +
    ocr +
    (left > 0 ? `, about ${seconds(left)} left` : "")
  );
}

/**
 * A one-line progress display on a terminal: documents and pages done, pages per second, time left.
 * Notices (a file that could not be read) are printed above it and stay on screen.
 */
export class ProgressLine {
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  update(p: ScanProgress): void {
    if (!this.enabled) return;
    const line = describeProgress(p, Date.now() - this.started, Date.now());
    this.stream.write(
      `\r\x1b[K${line.slice(0, (this.stream.columns || 120) - 1)}`,
    );
    this.shown = true;
  }

  /** Prints a line that stays, above the progress line. */
  notice(line: string): void {
    this.stream.write(`${this.shown ? "\r\x1b[K" : ""}${line}\n`);
  }

  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
