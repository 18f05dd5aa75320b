import type PQueue from "p-queue";
import { WINDOW_TOKENS } from "../defaults.js";
import { fingerprintOfTexts } from "../dedupe/index.js";
import { EXTRACTOR, type ExtractionPool } from "../extract/index.js";
import {
  MatchingStopped,
  recordMentions,
  type CompiledLexicon,
  type LexiconDiff,
} from "../match/index.js";
import { scanTables, type Db } from "../store/index.js";
import type { Doc, DocResult, OcrPageRead, Warning } from "../types.js";
import {
  duplicateResult,
  matchedTooLongResult,
  missingResult,
  storedResult,
  tooLargeResult,
  type Outcome,
} from "./document-result.js";
import type { Ledger } from "./ledger.js";
import { isReadable, type Work } from "./plan-work.js";
import type { ScanOcr } from "./ocr-settings.js";
import { rematchPages } from "./rematch.js";

/** What doing a scan's work needs. */
export type WorkContext = {
  readonly db: Db;
  readonly runId: number;
  readonly pool: ExtractionPool;
  readonly queue: PQueue;
  readonly ledger: Ledger;
  readonly compiled: CompiledLexicon;
  readonly diff: LexiconDiff | "all" | null;
  readonly ocr: ScanOcr;
  readonly force: boolean;
  /** Aborted when the scan is stopped (Ctrl-C): a read that ends after it is not stored. */
  readonly signal?: AbortSignal | undefined;
};

/**
 * Does each document's work in corpus order: kept and re-matched documents at once, reads on the queue (largest
 * first), copies last, once the document they copy is settled. `onWarning` hears each warning as it is reached.
 */
export async function doWork(
  work: readonly Work[],
  ctx: WorkContext,
  onWarning: (w: Warning) => void,
): Promise<void> {
  const { ledger } = ctx;
  const reads: Promise<void>[] = [];
  const firstBySha = new Map<string, Doc>();
  for (const w of work) {
    if (w.kind === "missing") {
      ledger.finish(missingResult(w.doc), { mentions: [], extractor: null });
      continue;
    }
    if (w.kind === "too-large") {
      if (w.change !== null) ledger.counts[w.change].push(w.doc.path);
      ledger.finish(tooLargeResult(w.doc, w.bytes), {
        mentions: [],
        extractor: null,
      });
      continue;
    }
    if (w.warning !== null) onWarning(w.warning);
    if (w.change !== null) ledger.counts[w.change].push(w.doc.path);
    if (w.kind === "copy") continue;
    firstBySha.set(w.sha256, w.doc);
    if (w.kind === "read") reads.push(readOnQueue(w, ctx));
    else settleStored(w, ctx);
  }
  await Promise.all(reads);
  for (const w of work) {
    if (w.kind !== "copy") continue;
    const firstPath = (firstBySha.get(w.sha256) as Doc).path;
    const original = ledger.results.get(firstPath) as Outcome;
    ledger.finish(duplicateResult(w.doc, w.sha256, w.bytes, original), {
      mentions: [],
      extractor: null,
    });
  }
}

/** A document whose stored outcome stands: kept as it is, or its pages matched again. */
function settleStored(
  w: Extract<Work, { kind: "keep" | "rematch" }>,
  ctx: WorkContext,
): void {
  const { ledger } = ctx;
  const result = storedResult(w.doc, w.sha256, w.bytes, w.stored);
  if (w.kind === "keep") {
    ledger.counts.unchanged++;
    return ledger.finish(result, null);
  }
  if (w.allPages) {
    // Back in the corpus after it left: its mentions were dropped, so all of its pages are matched again.
    ledger.counts.rematched++;
    const pages = isReadable(w.stored.status)
      ? scanTables.readPages(ctx.db, w.sha256)
      : [];
    return ledger.finish(result, {
      extractor: EXTRACTOR,
      ocr: w.stored.ocr,
      ...recordMentions(w.doc, pages, ctx.compiled),
    });
  }
  const diff = ctx.diff as LexiconDiff | "all";
  if (rematchPages(ctx.db, ctx.runId, w.doc, w.sha256, ctx.compiled, diff))
    ledger.counts.rematched++;
  else ledger.counts.unchanged++;
  ledger.finish(result, null);
}

/**
 * Reads one document on the queue, largest first, so that no big document is left to run alone at the end. The
 * queue slot is the worker's: it is freed as soon as the pages arrive, and they are matched and stored on the
 * next turn of the event loop (setImmediate), once p-queue has handed the worker its next document. The pages
 * are not the queue promise's value: p-queue keeps finished tasks, and so what they resolved to, until it
 * compacts its queue, which held every document's pages in memory.
 */
function readOnQueue(
  w: Extract<Work, { kind: "read" }>,
  ctx: WorkContext,
): Promise<void> {
  // --timeout bounds the matching of a document's pages as it bounds their reading (in the worker, OCR
  // included): each gets the whole limit, so a read that ends near it (an OCR page stopped at the limit) still has
  // its pages matched, and no lexicon can hold the scan beyond it.
  const { timeoutSeconds } = ctx.pool.limits;
  const matched = (result: DocResult) => {
    const deadline = Date.now() + timeoutSeconds * 1000;
    try {
      return {
        result,
        ...recordMentions(
          w.doc,
          result.pages,
          ctx.compiled,
          WINDOW_TOKENS,
          () => Date.now() > deadline,
        ),
      };
    } catch (error) {
      if (!(error instanceof MatchingStopped)) throw error;
      const stopped = matchedTooLongResult(result, timeoutSeconds);
      return { result: stopped, ...recordMentions(w.doc, [], ctx.compiled) };
    }
  };
  const save = (read: DocResult) => {
    ctx.ledger.counts.read++;
    const { result, texts, ...recorded } = matched(read);
    ctx.ledger.finish(result, {
      extractor: EXTRACTOR,
      ocr: ctx.ocr.settings,
      // The duplicate rules compare the normalised text matching has just made.
      fingerprint: isReadable(result.status)
        ? fingerprintOfTexts(
            [...result.pages]
              .sort((a, b) => a.page - b.page)
              .map((p) => texts.get(p.page) ?? ""),
          )
        : null,
      ...recorded,
    });
  };
  return new Promise<void>((stored, failed) => {
    ctx.queue
      .add(
        async () => {
          const result = await ctx.pool.read(
            w.doc,
            w.file,
            w.sha256,
            w.bytes,
            ctx.ocr.request(ctx.db, w.sha256, ctx.force),
            ocrEvents(ctx, w.sha256),
          );
          setImmediate(() => {
            // A stopped scan closes its workers, and a read cut short that way is no outcome of the document.
            if (ctx.signal?.aborted === true) return;
            try {
              save(result);
              stored();
            } catch (error) {
              failed(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
        { priority: w.bytes },
      )
      .catch(failed);
  });
}

/** What the pool tells of a document's OCR pages: progress, and each page stored as it is read. */
function ocrEvents(ctx: WorkContext, sha256: string) {
  const { progress } = ctx.ledger;
  return {
    onPlanned: (pages: number) => {
      progress.ocrPagesToRead += pages;
      ctx.ledger.tell();
    },
    onPage: () => {
      progress.ocrStartedAt ??= Date.now();
    },
    // Each page as it is read, before its document is done: a killed scan keeps it. A failed write is left to
    // the document's own write, which stores this read again or fails the run.
    onRead: (read: OcrPageRead) => {
      progress.ocrPagesRead++;
      ctx.ledger.tell();
      try {
        scanTables.saveOcrReads(ctx.db, sha256, [read]);
      } catch {
        // see above
      }
    },
  };
}
