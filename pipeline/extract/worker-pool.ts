import { Worker } from "node:worker_threads";
import { projectFile } from "../paths.js";
import type {
  Doc,
  DocResult,
  DocStatus,
  OcrPageRead,
  Stopped,
} from "../types.js";
import type { OcrEvents, OcrRequest } from "./ocr-document.js";
import { unpackBoxes, type PackedBoxes } from "./packed-boxes.js";
import { unreadResult } from "./unread-result.js";

/** What the pool sends a worker: one document to read, and how to OCR its pages without text (null: don't). */
export type ExtractRequest = {
  readonly id: number;
  readonly file: string;
  readonly doc: Doc;
  readonly sha256: string;
  readonly ocr: OcrRequest | null;
};
/**
 * What a worker sends back: the result (its pages' text boxes packed, see packed-boxes.ts), or (before it) each
 * page it starts to read by OCR.
 */
export type ExtractResponse =
  | {
      readonly id: number;
      readonly result: DocResult;
      readonly boxes: PackedBoxes;
    }
  | { readonly id: number; readonly failure: string }
  | { readonly id: number; readonly ocrPlanned: number }
  | { readonly id: number; readonly ocrPage: number }
  | { readonly id: number; readonly ocrRead: OcrPageRead };

/** What a worker sends whenever one of its processes (pdftoppm, tesseract) starts or ends: the pids still running. */
export type RunningChildren = { readonly children: readonly number[] };

export type PoolOptions = {
  /** Worker threads. */
  readonly size: number;
  /** A document still being read after this long is stopped and recorded as `timeout`. */
  readonly timeoutMs: number;
  /** Heap a worker may use; a document that needs more is stopped and recorded as `too-large`. */
  readonly maxHeapMb: number;
};

// The worker runs from the compiled tree even when the command line runs from its bundle (dist/bundle/, see the
// Makefile): bundled, pdf.js would be imported before native-builtins.ts could keep the engine's push.
const WORKER_FILE = projectFile("dist/pipeline/extract/extract-worker.js");

/** A result for a document whose reading was stopped or crashed: unreadable, with the reason and what stopped it. */
const stopped = (
  job: Job,
  status: Exclude<DocStatus, "ok">,
  reason: string,
  by: Stopped,
): DocResult =>
  unreadResult(
    job.doc,
    { file: job.doc.path, status, reason },
    { sha256: job.sha256, bytes: job.bytes, stopped: by },
  );

// Said of every crash: the status is `corrupt`, but the file may well be sound, and an analyst who sees it
// should not go looking for a better copy first.
const CRASH_NOTE =
  "not the file's fault as far as is known; the next scan reads it again";

/** The document a worker reads, as the results name it. */
type Job = {
  readonly doc: Doc;
  readonly sha256: string;
  readonly bytes: number;
};

/** A worker's last word on a document: its result, or why it could not read it. */
type FinalResponse = Extract<
  ExtractResponse,
  { readonly result: DocResult } | { readonly failure: string }
>;

/** The result of a document still being read at the time limit. */
function timedOut(job: Job, timeoutMs: number): DocResult {
  const seconds = Math.round(timeoutMs / 1000);
  return stopped(
    job,
    "timeout",
    `stopped after ${seconds} s (time limit per document, --timeout)`,
    { by: "time limit", limit: timeoutMs / 1000 },
  );
}

/**
 * The result a worker answered with. A failure is an exception the reader did not turn into a status (a damaged
 * file is a result): the reader's failure, recorded as a crash.
 */
function answered(job: Job, response: FinalResponse): DocResult {
  return "result" in response
    ? {
        ...response.result,
        pages: unpackBoxes(response.result.pages, response.boxes),
      }
    : stopped(
        job,
        "corrupt",
        `cannot be read (${response.failure}); ${CRASH_NOTE}`,
        { by: "reader crash", limit: null },
      );
}

/** The result of a document whose worker crashed: too large when it ran out of heap, else corrupt. */
function crashed(
  job: Job,
  error: Error & { code?: string },
  maxHeapMb: number,
): DocResult {
  const tooLarge = error.code === "ERR_WORKER_OUT_OF_MEMORY";
  return tooLarge
    ? stopped(
        job,
        "too-large",
        `stopped: reading it needs more than ${maxHeapMb} MB (memory limit per document, --max-memory)`,
        { by: "memory limit", limit: maxHeapMb },
      )
    : stopped(
        job,
        "corrupt",
        `the reader crashed on it (${error.message}); ${CRASH_NOTE}`,
        { by: "reader crash", limit: null },
      );
}

/** The result of a document whose worker exited while reading it. */
function exited(job: Job, code: number): DocResult {
  return stopped(
    job,
    "corrupt",
    `the reader stopped on it (exit ${code}); ${CRASH_NOTE}`,
    { by: "reader crash", limit: null },
  );
}

/**
 * Tells `events` of an OCR progress message (a page starting calls `onPageStart` first, to restart the
 * clock); gives the worker's last word instead, or null for progress.
 */
function relayProgress(
  response: ExtractResponse,
  events: OcrEvents,
  onPageStart: () => void,
): FinalResponse | null {
  if ("ocrPage" in response) {
    onPageStart();
    events.onPage?.(response.ocrPage);
    return null;
  }
  if ("ocrRead" in response) {
    events.onRead?.(response.ocrRead);
    return null;
  }
  if ("ocrPlanned" in response) {
    events.onPlanned?.(response.ocrPlanned);
    return null;
  }
  return response;
}

/**
 * A pool of worker threads that read PDFs. A pathological PDF cannot stop the scan: a worker past its time
 * limit is terminated, one that runs out of heap dies alone, and either way a fresh worker takes its place.
 * The caller bounds concurrency (p-queue in scan/run-scan.ts) to `size`.
 */
export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  /** Each worker's processes still running, as it last said. */
  private readonly children = new Map<Worker, readonly number[]>();
  private nextId = 0;

  constructor(private readonly options: PoolOptions) {}

  /** Number of worker threads the pool runs at most. */
  get size(): number {
    return this.options.size;
  }

  /** The limits a document is read under: seconds (--timeout) and MB (--max-memory). */
  get limits(): {
    readonly timeoutSeconds: number;
    readonly maxMemoryMb: number;
  } {
    return {
      timeoutSeconds: this.options.timeoutMs / 1000,
      maxMemoryMb: this.options.maxHeapMb,
    };
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_FILE, {
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxHeapMb,
      },
      stdout: false,
      stderr: false,
    });
    this.all.add(worker);
    worker.on("message", (message: ExtractResponse | RunningChildren) => {
      if ("children" in message) this.children.set(worker, message.children);
    });
    worker.once("exit", () => {
      this.all.delete(worker);
      this.children.delete(worker);
    });
    return worker;
  }

  /**
   * Stops a worker and the processes it still runs: their time limits are the worker's timers, which stop with
   * it, so a hung tesseract would otherwise outlive the scan. The pids are the worker's own children that it last
   * said were running. One that has ended but is not yet reaped is a zombie and keeps its pid, so the signal
   * harms nothing; one the worker reaped in the moment before its next message arrived could in principle have
   * its pid reused, which on Linux (pids handed out in turn) needs the pid space to wrap around in that moment.
   */
  private terminate(worker: Worker): Promise<number> {
    for (const pid of this.children.get(worker) ?? []) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    this.children.delete(worker);
    return worker.terminate();
  }

  /**
   * Reads one document in a worker; never rejects for a bad file. With `ocr`, its pages without a text layer
   * are read by OCR too (one tesseract process at a time per worker), and `events` told of each page. The
   * time limit covers reading the text layer, and then afresh each OCR page (a long scanned appendix is not
   * a hung document): a page's own processes are killed inside the worker first (OcrRequest.pageTimeoutMs).
   */
  read(
    doc: Doc,
    file: string,
    sha256: string,
    bytes: number,
    ocr: OcrRequest | null = null,
    events: OcrEvents = {},
  ): Promise<DocResult> {
    const worker = this.idle.pop() ?? this.spawn();
    const id = this.nextId++;
    const job: Job = { doc, sha256, bytes };
    const { timeoutMs, maxHeapMb } = this.options;
    // An OCR page runs up to four processes (render and read; for a read that may be upside down, orientation and
    // a second read), each killed at pageTimeoutMs; the worker is given that and a margin.
    const pageMs = Math.max(timeoutMs, 4 * (ocr?.pageTimeoutMs ?? 0) + 5000);
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: DocResult, reusable: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (reusable) this.idle.push(worker);
        else void this.terminate(worker);
        resolve(result);
      };
      const stop = () => finish(timedOut(job, timeoutMs), false);
      let timer = setTimeout(stop, timeoutMs);
      const onMessage = (response: ExtractResponse | RunningChildren) => {
        if ("children" in response || response.id !== id) return;
        const last = relayProgress(response, events, () => {
          clearTimeout(timer);
          timer = setTimeout(stop, pageMs);
        });
        if (last !== null) finish(answered(job, last), true);
      };
      const onError = (error: Error & { code?: string }) =>
        finish(crashed(job, error, maxHeapMb), false);
      const onExit = (code: number) => finish(exited(job, code), false);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({
        id,
        file,
        doc,
        sha256,
        ocr,
      } satisfies ExtractRequest);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => this.terminate(w)));
    this.idle.length = 0;
  }
}
