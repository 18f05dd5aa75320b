import type { ScanProgress } from "../scan/index.js";
import { estimateLeftMs } from "./time-left.js";
import { counted } from "../plural.js";
import { forTerminal } from "../terminal-text.js";

// Rounded to whole seconds before splitting, so 119.6 seconds read `2 min 0 s`, never `1 min 60 s`.
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
    this.stream.write(`${this.shown ? "\r\x1b[K" : ""}${forTerminal(line)}\n`);
  }

  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
