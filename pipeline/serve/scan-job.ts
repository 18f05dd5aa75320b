import { Worker } from "node:worker_threads";
import { projectFile } from "../paths.js";
import {
  describeProgress,
  estimateLeftMs,
  type ScanProgress,
} from "../scan/index.js";
import type { ScanEventJson } from "./api-types.js";
import { failedEvent } from "./scan-end.js";

/** What the scan's thread is started with. */
export type ScanWorkerData = {
  readonly dbFile: string;
  readonly force: boolean;
};

/** What the scan's thread posts: progress, a notice, and last the end event. */
export type ScanWorkerMessage =
  | { readonly kind: "progress"; readonly progress: ScanProgress }
  | { readonly kind: "notice"; readonly line: string }
  | { readonly kind: "end"; readonly event: ScanEventJson };

// The thread runs from the compiled tree, also when the command line runs from its bundle (as extract's workers).
const SCAN_WORKER_FILE = projectFile("dist/pipeline/serve/scan-worker.js");

/**
 * Runs the scan of `dbFile`'s corpus (`scan --db`, `--force` when asked) in a thread of its own (scan-worker.ts),
 * telling `hooks` its progress and notices; resolves with its end event, also when the thread dies.
 */
export function scanInThread(
  dbFile: string,
  force: boolean,
  hooks: ScanHooks,
): Promise<ScanEventJson> {
  const worker = new Worker(SCAN_WORKER_FILE, {
    workerData: { dbFile, force } satisfies ScanWorkerData,
  });
  hooks.signal.addEventListener("abort", () => worker.postMessage("stop"), {
    once: true,
  });
  return new Promise((resolve) => {
    let end: ScanEventJson | null = null;
    worker.on("message", (m: ScanWorkerMessage) => {
      if (m.kind === "progress") hooks.onProgress(m.progress);
      else if (m.kind === "notice") hooks.onNotice(m.line);
      else end = m.event;
    });
    worker.on("error", (error) => {
      end ??= failedEvent(error);
    });
    worker.on("exit", (code) =>
      resolve(
        end ??
          failedEvent(
            new Error(`the scan's thread stopped (exit code ${code})`),
          ),
      ),
    );
  });
}

/** What a scan the app runs is told to report through: its progress, its notices, and when to stop. */
export type ScanHooks = {
  readonly signal: AbortSignal;
  readonly onProgress: (p: ScanProgress) => void;
  readonly onNotice: (line: string) => void;
};

/** Why the app cannot write the corpus now: one scan (or add, or remove) at a time, as on the command line. */
export const SCAN_RUNNING =
  "a scan is running; wait for it to end, or cancel it (DELETE /api/scan)";

/**
 * The one scan of the app at a time, and what its watchers are told: progress as it goes, notices, and last how
 * it ended with the change summary `scan` prints. Adds and removes (which scan too) hold the same claim.
 */
export class ScanJob {
  private claimed = false;
  private stopper: AbortController | null = null;
  private events: ScanEventJson[] = [];
  private readonly watchers = new Set<(e: ScanEventJson) => void>();

  /** True while a scan, add or remove of the app runs. */
  isBusy(): boolean {
    return this.claimed;
  }

  /** True once a scan of the app has started. */
  hasRun(): boolean {
    return this.events.length > 0 || this.stopper !== null;
  }

  /** Holds the corpus for `work` (an add or a remove); SCAN_RUNNING when something else holds it. */
  async exclusive<T>(work: () => Promise<T>): Promise<T | typeof SCAN_RUNNING> {
    if (this.claimed) return SCAN_RUNNING;
    this.claimed = true;
    try {
      return await work();
    } finally {
      this.claimed = false;
    }
  }

  /** Starts `scan` unless one runs (then SCAN_RUNNING); its events go to the watchers until its end event. */
  start(scan: (hooks: ScanHooks) => Promise<ScanEventJson>): string | null {
    if (this.claimed) return SCAN_RUNNING;
    this.claimed = true;
    const stopper = new AbortController();
    this.stopper = stopper;
    this.events = [];
    const started = Date.now();
    const hooks: ScanHooks = {
      signal: stopper.signal,
      onProgress: (p) => this.tell(progressEvent(p, started, Date.now())),
      onNotice: (line) => this.tell({ type: "notice", line }),
    };
    void scan(hooks)
      .catch(failedEvent)
      .then((end) => {
        this.claimed = false;
        this.stopper = null;
        this.tell(end);
      });
    return null;
  }

  /** Asks the running scan to stop; false when none runs. */
  stop(): boolean {
    if (this.stopper === null) return false;
    this.stopper.abort();
    return true;
  }

  /**
   * Watches the scan: `listener` is given what happened so far (the notices, the latest progress, or how the
   * last scan ended) and then each event as it comes. Returns the way to stop watching.
   */
  watch(listener: (e: ScanEventJson) => void): () => void {
    const kept = this.events.filter((e) => e.type !== "progress");
    const progress = this.events.findLast((e) => e.type === "progress");
    const ended = kept.at(-1)?.type === "end";
    const past = progress === undefined || ended ? kept : [...kept, progress];
    past.forEach(listener);
    if (ended) return () => undefined;
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  private tell(event: ScanEventJson): void {
    // Only the latest progress is kept for a watcher who comes late; notices and the end are kept all.
    this.events =
      event.type === "progress"
        ? [...this.events.filter((e) => e.type !== "progress"), event]
        : [...this.events, event];
    for (const w of [...this.watchers]) w(event);
    if (event.type === "end") this.watchers.clear();
  }
}

/** A progress event: the counts, the rates and the time left, and the line `scan` shows for them. */
function progressEvent(
  p: ScanProgress,
  started: number,
  now: number,
): ScanEventJson {
  const elapsedMs = now - started;
  const leftMs = estimateLeftMs(p, elapsedMs, now);
  return {
    type: "progress",
    documentsDone: p.documentsDone,
    documentsTotal: p.documentsTotal,
    pagesRead: p.pagesRead,
    ocrPagesRead: p.ocrPagesRead,
    ocrPagesToRead: p.ocrPagesToRead,
    pagesPerSecond: elapsedMs > 0 ? (p.pagesRead * 1000) / elapsedMs : 0,
    secondsLeft: leftMs === null ? null : Math.round(leftMs / 1000),
    line: describeProgress(p, elapsedMs, now),
  };
}
