import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import PQueue from "p-queue";
import { diffScan, type ScanChanges } from "./changes.js";
import { loadCorpus } from "./corpus/index.js";
import {
  JOBS,
  MAX_HEAP_MB,
  THRESHOLD_MENTIONS,
  TIMEOUT_SECONDS,
} from "./defaults.js";
import { ExtractionPool, EXTRACTOR, PDFJS_VERSION } from "./extract/index.js";
import {
  compileLexicon,
  DEFAULT_LEXICON_PATH,
  diffLexicon,
  loadLexicon,
  mayGainMention,
  type CompiledLexicon,
  type LexiconDiff,
} from "./match/index.js";
import { recordMentions } from "./mention-records.js";
import { ocrIsStale, prepareOcr, type ScanOcrOptions } from "./scan-ocr.js";
import { computeShare } from "./stats/index.js";
import * as store from "./store/index.js";
import type { Corpus, Doc, DocResult, Warning } from "./types.js";
import { NATURAL_VERSION, TOOL_VERSION } from "./version.js";

/** What `scan` needs; paths may be relative to the working directory. OCR options: see ScanOcrOptions. */
export type ScanOptions = ScanOcrOptions & {
  readonly corpus: string;
  readonly db: string;
  /** Lexicon CSV; null: `<corpus>/lexicon.csv`, else the project's lexicon v1. */
  readonly lexicon: string | null;
  /** Worker threads reading PDFs. @default JOBS (the number of cores) */
  readonly jobs?: number;
  /** Per-document time limit. @default TIMEOUT_SECONDS */
  readonly timeoutSeconds?: number;
  /** Per-document heap limit of a worker. @default MAX_HEAP_MB */
  readonly maxHeapMb?: number;
  /** Read every document again, even when its bytes and the extractor are unchanged. @default false */
  readonly force?: boolean;
  /** Threshold of the statistic compared before and after. @default THRESHOLD_MENTIONS */
  readonly threshold?: number;
  /** Called once per corpus warning or unreadable document, as soon as it is known. */
  readonly onNotice?: (line: string) => void;
  /** Called after each document is stored. */
  readonly onProgress?: (progress: ScanProgress) => void;
};

/** How far a scan has got. */
export type ScanProgress = {
  readonly documentsDone: number;
  readonly documentsTotal: number;
  readonly pagesRead: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** Pages read by OCR so far in this run (not counting OCR reads reused from the database). */
  readonly ocrPagesRead: number;
  /** Pages found so far that OCR is to read in this run (grows as documents are opened). */
  readonly ocrPagesToRead: number;
  /** When the first OCR page of the run started (ms since the epoch), null before. */
  readonly ocrStartedAt: number | null;
};

/** What a scan did. */
export type ScanSummary = {
  readonly runId: number;
  readonly corpus: Corpus;
  readonly lexiconPath: string;
  readonly results: readonly Omit<DocResult, "pages" | "mentions">[];
  readonly warnings: readonly Warning[];
  readonly removed: readonly string[];
  /** Pages parsed with pdf.js in this run. */
  readonly pagesRead: number;
  /** Pages read by OCR in this run (reads kept from an earlier run are not counted). */
  readonly ocrPagesRead: number;
  /** Mentions in the corpus after the scan. */
  readonly mentions: number;
  readonly workers: number;
  readonly changes: ScanChanges;
};

/** The lexicon a scan uses: the one given, else the corpus's own, else the project's default. */
export function chooseLexicon(
  corpusDir: string,
  lexicon: string | null,
): string {
  if (lexicon !== null) return resolve(lexicon);
  const own = join(resolve(corpusDir), "lexicon.csv");
  return existsSync(own) ? own : DEFAULT_LEXICON_PATH;
}

const sha256Of = (bytes: Uint8Array) =>
  createHash("sha256").update(bytes).digest("hex");
const isReadable = (status: string) =>
  status === "ok" || status === "partial-text";

/** Outcome for a file that is not there: the plan cannot be fully read. */
function missingResult(doc: Doc): DocResult {
  return {
    doc,
    sha256: null,
    bytes: null,
    status: "missing",
    pageCount: null,
    pagesWithoutText: [],
    pagesOcr: [],
    pagesPicture: [],
    duplicateOf: null,
    error: `${doc.path}: listed in the manifest but the file is missing`,
    pages: [],
    mentions: [],
  };
}

/**
 * An exact copy of an earlier document (spec §Documents: stored once, adds nothing). A copy of an unreadable
 * file is as unreadable as the original, so it keeps the original's status and its plan is reported apart.
 */
function duplicateResult(
  doc: Doc,
  sha256: string,
  bytes: number,
  original: Omit<DocResult, "pages" | "mentions">,
): DocResult {
  const readable = isReadable(original.status);
  return {
    doc,
    sha256,
    bytes,
    status: readable ? "duplicate" : original.status,
    pageCount: original.pageCount,
    pagesWithoutText: original.pagesWithoutText,
    pagesOcr: original.pagesOcr,
    pagesPicture: original.pagesPicture,
    duplicateOf: original.doc.path,
    error: readable
      ? null
      : `${doc.path}: same bytes as ${original.doc.path}, which is ${original.status}`,
    pages: [],
    mentions: [],
  };
}

/** A document kept from the database: its stored outcome, as a result without pages. */
function storedResult(
  doc: Doc,
  sha256: string,
  bytes: number,
  stored: store.StoredDocument,
): DocResult {
  return {
    doc,
    sha256,
    bytes,
    status: stored.status,
    pageCount: stored.pageCount,
    pagesWithoutText: stored.pagesWithoutText,
    pagesOcr: stored.pagesOcr,
    pagesPicture: stored.pagesPicture,
    error: stored.error,
    duplicateOf: null,
    pages: [],
    mentions: [],
  };
}

/**
 * After a lexicon edit, matches again only the pages of a stored document that can change: those holding a
 * mention of a changed term, and those holding every stem of an added or edited term (or whose stems are not
 * known). Returns whether any page was matched again.
 */
function rematchPages(
  db: store.Db,
  runId: number,
  doc: Doc,
  sha256: string,
  lexicon: CompiledLexicon,
  diff: LexiconDiff | "all",
): boolean {
  const termsByPage = store.readMentionTerms(db, doc.path);
  const affected = new Set<number>();
  for (const [page, stems] of store.readPageStems(db, sha256)) {
    const changedTermThere =
      diff !== "all" &&
      [...(termsByPage.get(page) ?? [])].some((t) => diff.changedIds.has(t));
    if (
      diff === "all" ||
      stems === null ||
      changedTermThere ||
      mayGainMention(stems, diff)
    )
      affected.add(page);
  }
  if (affected.size === 0) return false;
  const { mentions, stems } = recordMentions(
    doc,
    store.readPages(db, sha256, affected),
    lexicon,
  );
  store.savePageMentions(db, runId, doc, sha256, stems, mentions);
  return true;
}

/**
 * The scan, in stage order: lexicon → corpus → hash, find duplicates, decide what to redo → extract (p-queue
 * onto worker threads) → match → store (one transaction per document) → mark documents that left the corpus
 * → compare with the state before. A document is read again only when its bytes or the extractor changed,
 * and matched again only when it was read or the lexicon changed. A bad file becomes a status and a notice;
 * only an invalid lexicon, corpus folder or database stops the run (they throw).
 */
export async function scanCorpus(options: ScanOptions): Promise<ScanSummary> {
  const notice = options.onNotice ?? (() => undefined);
  const threshold = options.threshold ?? THRESHOLD_MENTIONS;
  const lexiconPath = chooseLexicon(options.corpus, options.lexicon);
  const lexicon = loadLexicon(lexiconPath);
  const compiled = compileLexicon(lexicon.terms);
  const corpus = loadCorpus(resolve(options.corpus));
  corpus.warnings.forEach((w) => notice(w.reason));
  const unlock = store.lockDatabase(options.db);
  let db: store.Db;
  try {
    db = store.openDatabase(options.db);
  } catch (error) {
    unlock();
    throw error;
  }
  const ocr = await prepareOcr(options, notice);
  const pool = new ExtractionPool({
    size: Math.max(1, options.jobs ?? JOBS),
    timeoutMs: (options.timeoutSeconds ?? TIMEOUT_SECONDS) * 1000,
    maxHeapMb: options.maxHeapMb ?? MAX_HEAP_MB,
  });
  const queue = new PQueue({ concurrency: pool.size });
  try {
    const before = store.readSnapshot(db);
    const statBefore =
      before.lastRunId === null
        ? null
        : computeShare(store.readPlanCounts(db), threshold);
    // Stored mentions were matched with the last finished run's lexicon or with that of a run killed since.
    // null: all of them are this lexicon, so stored mentions stand. "all": a killed run matched some documents
    // with another lexicon whose terms are not kept, so every page is matched again. Else the edit since the
    // last finished run says which pages can change.
    const unfinished = [...before.unfinishedLexicons];
    const lexiconDiff: LexiconDiff | "all" | null = unfinished.some(
      (sha) => sha !== lexicon.sha256,
    )
      ? "all"
      : before.lexiconSha256 === lexicon.sha256 || before.lexiconSha256 === null
        ? null
        : diffLexicon(before.terms, lexicon.terms);
    const runId = store.beginRun(db, {
      corpus: corpus.root,
      lexiconPath,
      lexiconSha256: lexicon.sha256,
      toolVersion: TOOL_VERSION,
      pdfjsVersion: PDFJS_VERSION,
      naturalVersion: NATURAL_VERSION,
      nodeVersion: process.version,
      ocrEngine: ocr.engineName,
    });
    store.savePlans(db, corpus.plans);

    const warnings = [...corpus.warnings];
    const results = new Map<string, Omit<DocResult, "pages" | "mentions">>();
    const counts = {
      added: [] as string[],
      changed: [] as string[],
      unchanged: 0,
      read: 0,
      rematched: 0,
    };
    const progress = {
      documentsDone: 0,
      documentsTotal: corpus.docs.length,
      pagesRead: 0,
      bytesDone: 0,
      bytesTotal: 0,
      ocrPagesRead: 0,
      ocrPagesToRead: 0,
      ocrStartedAt: null as number | null,
    };
    const tell = () => options.onProgress?.({ ...progress });
    // Stores a document's outcome: `write` null keeps what is stored (only the manifest's fields are updated).
    const finish = (
      result: DocResult,
      write: Omit<store.DocumentWrite, "runId" | "result"> | null,
    ) => {
      if (write === null) store.touchDocument(db, result.doc);
      else store.saveDocument(db, { runId, result, ...write });
      // Only the outcome is kept in memory: page text is in the database now.
      const { pages, mentions: _mentions, ...outcome } = result;
      results.set(result.doc.path, outcome);
      // A problem is told when it is found; a re-run that keeps a document does not repeat it.
      if (result.error !== null && write !== null) notice(result.error);
      progress.documentsDone++;
      progress.pagesRead += pages.length;
      progress.bytesDone += result.bytes ?? 0;
      tell();
    };

    const firstBySha = new Map<string, Doc>();
    const copies: { doc: Doc; sha256: string; bytes: number }[] = [];
    const tasks: Promise<void>[] = [];
    const hashed = corpus.docs.map((doc) => {
      if (!doc.existsOnDisk) return { doc, file: "", sha256: null, bytes: 0 };
      const file = join(corpus.root, doc.path);
      const bytes = readFileSync(file);
      progress.bytesTotal += bytes.length;
      return { doc, file, sha256: sha256Of(bytes), bytes: bytes.length };
    });
    for (const { doc, file, sha256, bytes } of hashed) {
      if (sha256 === null) {
        finish(missingResult(doc), { mentions: [], extractor: null });
        continue;
      }
      if (doc.manifestSha256 !== null && doc.manifestSha256 !== sha256) {
        const w = {
          file: doc.path,
          reason: `${doc.path}: sha256 differs from manifest.csv (file changed since it was listed?); the file on disk is scanned`,
        };
        warnings.push(w);
        notice(w.reason);
      }
      const stored = before.documents.get(doc.path);
      if (stored === undefined || stored.removed) counts.added.push(doc.path);
      else if (stored.sha256 !== sha256) counts.changed.push(doc.path);
      if (firstBySha.has(sha256) && bytes > 0) {
        copies.push({ doc, sha256, bytes });
        continue;
      }
      firstBySha.set(sha256, doc);
      const known =
        stored !== undefined &&
        stored.sha256 === sha256 &&
        stored.extractor === EXTRACTOR &&
        stored.status !== "duplicate" &&
        stored.status !== "missing" &&
        !ocrIsStale(stored, ocr) &&
        options.force !== true;
      if (
        known &&
        (lexiconDiff === null || !isReadable(stored.status)) &&
        !stored.removed
      ) {
        counts.unchanged++;
        finish(storedResult(doc, sha256, bytes, stored), null);
      } else if (known && !stored.removed && lexiconDiff !== null) {
        if (rematchPages(db, runId, doc, sha256, compiled, lexiconDiff))
          counts.rematched++;
        else counts.unchanged++;
        finish(storedResult(doc, sha256, bytes, stored), null);
      } else if (known) {
        // Back in the corpus after it left: its mentions were dropped, so all of its pages are matched again.
        counts.rematched++;
        const pages = isReadable(stored.status)
          ? store.readPages(db, sha256)
          : [];
        finish(storedResult(doc, sha256, bytes, stored), {
          extractor: EXTRACTOR,
          ocr: stored.ocr,
          ...recordMentions(doc, pages, compiled),
        });
      } else {
        // Largest first, so that no big document is left to run alone at the end. The queue slot is the
        // worker's: it is freed as soon as the pages arrive, and they are matched and stored on the next turn
        // of the event loop (setImmediate), once p-queue has handed the worker its next document. The pages
        // are not the queue promise's value: p-queue keeps finished tasks, and so what they resolved to,
        // until it compacts its queue, which held every document's pages in memory.
        tasks.push(
          new Promise<void>((stored, failed) => {
            queue
              .add(
                async () => {
                  const result = await pool.read(
                    doc,
                    file,
                    sha256,
                    bytes,
                    ocr.request(db, sha256, options.force === true),
                    {
                      onPlanned: (pages) => {
                        progress.ocrPagesToRead += pages;
                        tell();
                      },
                      onPage: () => {
                        progress.ocrStartedAt ??= Date.now();
                      },
                      // Each page as it is read, before its document is done: a killed scan keeps it. A failed
                      // write is left to the document's own write, which reports it.
                      onRead: (read) => {
                        progress.ocrPagesRead++;
                        tell();
                        try {
                          store.saveOcrReads(db, sha256, [read]);
                        } catch {
                          // the document's transaction stores this read again, or fails the run
                        }
                      },
                    },
                  );
                  setImmediate(() => {
                    try {
                      counts.read++;
                      finish(result, {
                        extractor: EXTRACTOR,
                        ocr: ocr.settings,
                        ...recordMentions(doc, result.pages, compiled),
                      });
                      stored();
                    } catch (error) {
                      failed(
                        error instanceof Error
                          ? error
                          : new Error(String(error)),
                      );
                    }
                  });
                },
                { priority: bytes },
              )
              .catch(failed);
          }),
        );
      }
    }
    await Promise.all(tasks);
    for (const copy of copies) {
      const original = results.get(
        (firstBySha.get(copy.sha256) as Doc).path,
      ) as DocResult;
      finish(duplicateResult(copy.doc, copy.sha256, copy.bytes, original), {
        mentions: [],
        extractor: null,
      });
    }
    const removed = store.markRemoved(
      db,
      corpus.docs.map((d) => d.path),
    );
    const after = store.readSnapshot(db);
    store.finishRun(
      db,
      runId,
      {
        documents: results.size,
        pages: progress.pagesRead,
        mentions: after.mentions.size,
      },
      lexicon.terms,
    );
    const changes = diffScan({
      firstScan: before.lastRunId === null,
      documents: { ...counts, removed },
      mentionsBefore: before.mentions,
      mentionsAfter: after.mentions,
      verdicts: before.verdicts,
      before: statBefore,
      after: computeShare(store.readPlanCounts(db), threshold),
    });
    const ordered = corpus.docs.map((d) => results.get(d.path) as DocResult);
    return {
      runId,
      corpus,
      lexiconPath,
      results: ordered,
      warnings,
      removed,
      pagesRead: progress.pagesRead,
      ocrPagesRead: progress.ocrPagesRead,
      mentions: after.mentions.size,
      workers: pool.size,
      changes,
    };
  } finally {
    // When a store failed (full disk), queued reads must not start: one started after the pool closes would
    // spawn a worker that keeps the process alive for ever. Reads under way finish first.
    queue.clear();
    await queue.onIdle();
    await pool.close();
    db.close();
    unlock();
  }
}
