import type { ScanProgress } from "../scan/index.js";

const seconds = (ms: number) =>
  ms < 60_000
    ? `${Math.round(ms / 1000)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

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
    const elapsed = Date.now() - this.started;
    const rate = elapsed > 0 ? (p.pagesRead * 1000) / elapsed : 0;
    // Time left by bytes still to read, the best guess before a document's page count is known.
    const left =
      p.bytesDone > 0 && p.bytesDone < p.bytesTotal
        ? (elapsed * (p.bytesTotal - p.bytesDone)) / p.bytesDone
        : 0;
    const line =
      `scanning: ${p.documentsDone}/${p.documentsTotal} documents, ${p.pagesRead} pages read, ${rate.toFixed(0)} pages/s` +
      (left > 0 ? `, about ${seconds(left)} left` : "");
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
