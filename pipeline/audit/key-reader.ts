import { emitKeypressEvents } from "node:readline";
import { createInterface } from "node:readline";

/**
 * Reads the analyst's answers: single keys on a terminal (raw mode), or one line per answer from a pipe or
 * file (the first character is the key, the rest of the line its text), so a session can be scripted and tested.
 */
export class KeyReader {
  private readonly waiting: ((value: string | null) => void)[] = [];
  private readonly buffered: (string | null)[] = [];
  private readonly cleanup: () => void;

  constructor(
    private readonly input: NodeJS.ReadStream,
    private readonly output: NodeJS.WritableStream,
  ) {
    if (input.isTTY) {
      emitKeypressEvents(input);
      input.setRawMode(true);
      const onKey = (
        _s: string,
        key: { sequence?: string; ctrl?: boolean; name?: string },
      ) =>
        this.deliver(
          key.ctrl === true && key.name === "c"
            ? "q"
            : key.name === "return"
              ? "\r"
              : (key.sequence ?? ""),
        );
      input.on("keypress", onKey);
      input.resume();
      this.cleanup = () => {
        input.off("keypress", onKey);
        input.setRawMode(false);
        input.pause();
      };
    } else {
      const lines = createInterface({ input, terminal: false });
      lines.on("line", (l) => this.deliver(l));
      lines.on("close", () => this.deliver(null));
      this.cleanup = () => lines.close();
    }
  }

  private deliver(value: string | null): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(value);
    else this.buffered.push(value);
  }

  private take(): Promise<string | null> {
    if (this.buffered.length > 0)
      return Promise.resolve(this.buffered.shift() as string | null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The next answer: a key (with any text after it on a non-terminal input), or null at the end of input. */
  next(): Promise<string | null> {
    return this.take();
  }

  /** A line of text (a note): typed and echoed on a terminal until Enter; the next line otherwise. */
  async line(prompt: string): Promise<string | null> {
    this.output.write(prompt);
    if (!this.input.isTTY) return this.take();
    let text = "";
    for (;;) {
      const key = await this.take();
      if (key === null) return null;
      if (key === "\r") break;
      if (key === "\x7f" || key === "\b") {
        if (text.length > 0) this.output.write("\b \b");
        text = text.slice(0, -1);
      } else if (key.length === 1 && key >= " ") {
        text += key;
        this.output.write(key);
      }
    }
    this.output.write("\n");
    return text;
  }

  close(): void {
    this.cleanup();
  }
}
