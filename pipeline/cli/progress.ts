import { describeProgress, type ScanProgress } from "../scan/index.js";
import { forTerminal } from "../terminal-text.js";

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
