import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import PQueue from "p-queue";
import { effectiveVerdicts } from "../audit/index.js";
import { fileIdentity, hashFile, loadCorpus } from "../corpus/index.js";
import {
  JOBS,
  MAX_HEAP_MB,
  THRESHOLD_MENTIONS,
  TIMEOUT_SECONDS,
} from "../defaults.js";
import {
  ExtractionPool,
  EXTRACTOR,
  MAX_READABLE_BYTES,
  PDFJS_VERSION,
} from "../extract/index.js";
import {
  compileLexicon,
  DEFAULT_LEXICON_PATH,
  loadLexicon,
  type LoadedLexicon,
} from "../match/index.js";
import type { DuplicateFinding } from "../dedupe/index.js";
import { computeShare, countPlans } from "../stats/index.js";
import {
  lockDatabase,
  openDatabase,
  readPlanFacts,
  readVerdictRows,
  scanTables,
  type Db,
  type StoredPassage,
} from "../store/index.js";
import type { Corpus, DocResult, Statistic, Warning } from "../types.js";
import { NATURAL_VERSION, TOOL_VERSION } from "../version.js";
import { counted } from "../plural.js";
import { StpError } from "../problem.js";
import { diffScan, type ScanChanges } from "./changes.js";
import { fillLocations } from "./locate-mentions.js";
import { carryScanVerdicts } from "./carry-verdicts.js";
import { Ledger, type ScanProgress } from "./ledger.js";

export type { ScanProgress };
import { planWork, type HashedDoc } from "./plan-work.js";
import { lexiconChange } from "./rematch.js";
import { doWork, type WorkContext } from "./do-work.js";
import { settleDuplicates } from "./settle-duplicates.js";
import {
  projectScanOptions,
  settleProject,
  type Project,
  type ProjectOptions,
} from "./project.js";
import {
  prepareOcr,
  type ScanOcr,
  type ScanOcrOptions,
} from "./ocr-settings.js";

/** What `scan` needs; paths may be relative to the working directory. OCR options: see ScanOcrOptions. */
export type ScanOptions = ScanOcrOptions &
  ProjectOptions & {
    readonly db: string;
    /** Worker threads reading PDFs. @default JOBS (the number of cores) */
    readonly jobs?: number;
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
    /** Worker threads to read with (add checks its files and then scans with one pool); its owner closes it. */
    readonly pool?: ExtractionPool;
    /**
     * Stops the scan when aborted (Ctrl-C): no new document is read, the reads under way are dropped, what was
     * stored stays, and scanCorpus rejects with a ScanStoppedError.
     */
    readonly signal?: AbortSignal;
  };

/** A scan stopped by its signal: the documents stored by then stay, and the same scan again finishes the work. */
export class ScanStoppedError extends StpError {
  constructor(
    readonly documentsStored: number,
    readonly documentsTotal: number,
  ) {
    super(
      `stopped: ${documentsStored} of ${counted(documentsTotal, "document")} stored; run the same scan again to finish`,
    );
  }
}

/** What a scan did. */
export type ScanSummary = {
  readonly runId: number;
  /** The corpus and settings the scan used, as the database now remembers them. */
  readonly project: Project;
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

/** The worker pool a scan reads with, from its options. */
export function poolFor(options: {
  readonly jobs?: number;
  readonly timeoutSeconds?: number;
  readonly maxHeapMb?: number;
}): ExtractionPool {
  return new ExtractionPool({
    size: Math.max(1, options.jobs ?? JOBS),
    timeoutMs: (options.timeoutSeconds ?? TIMEOUT_SECONDS) * 1000,
    maxHeapMb: options.maxHeapMb ?? MAX_HEAP_MB,
  });
}

/**
 * The scan, in stage order: lexicon → corpus → hash, find duplicates, decide what to redo (planWork) → extract
 * (p-queue onto worker threads) → match → locate → store (one transaction per document) → mark documents that
 * left the corpus → locate what was matched again from stored pages → compare with the state before. A bad file becomes a status and a notice; only an invalid lexicon,
 * corpus folder or database stops the run (they throw).
 */
export async function scanCorpus(given: ScanOptions): Promise<ScanSummary> {
  const notice = given.onNotice ?? (() => undefined);
  const unlock = lockDatabase(given.db);
  let db: Db;
  let project: Project;
  let options: ScanOptions & { corpus: string; lexicon: string | null };
  let lexicon: LoadedLexicon;
  let corpus: Corpus;
  try {
    db = openDatabase(given.db);
    try {
      const settled = settleProject(db, given.db, given);
      project = settled.project;
      options = { ...given, ...projectScanOptions(project) };
      lexicon = loadLexicon(chooseLexicon(options.corpus, options.lexicon));
      corpus = loadCorpus(options.corpus);
      // Told once the settings are known to be usable: a scan refused for a bad lexicon keeps the old ones.
      settled.notes.forEach(notice);
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    unlock();
    throw error;
  }
  corpus.warnings.forEach((w) => notice(w.reason));
  const ocr = await prepareOcr(options, notice);
  const pool = options.pool ?? poolFor(options);
  const queue = new PQueue({ concurrency: pool.size });
  const stop = stopOn(options.signal);
  try {
    const lexiconPath = lexicon.path;
    const run = {
      db,
      corpus,
      lexicon,
      lexiconPath,
      pool,
      queue,
      notice,
      ocr,
      project,
    };
    let stored = () => 0;
    const scanned = scanInto(run, options, (ledger) => {
      stored = () => ledger.progress.documentsDone;
    });
    scanned.catch(() => undefined); // settled by the race below, or dropped when the scan is stopped
    return await Promise.race([
      scanned,
      stop.then(() => {
        throw new ScanStoppedError(stored(), corpus.docs.length);
      }),
    ]);
  } finally {
    if (options.signal?.aborted === true) {
      queue.clear();
      // The reads under way end at once, their results dropped (doWork checks the signal).
      await pool.close();
    }
    // When a store failed (full disk), queued reads must not start: one started after the pool closes would
    // spawn a worker that keeps the process alive for ever. Reads under way finish first.
    queue.clear();
    await queue.onIdle();
    if (options.pool === undefined) await pool.close();
    db.close();
    unlock();
  }
}

/** A promise settled when `signal` aborts; never settled without one. */
function stopOn(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal === undefined) return;
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

type Run = {
  readonly db: Db;
  readonly corpus: Corpus;
  readonly lexicon: LoadedLexicon;
  readonly lexiconPath: string;
  readonly pool: ExtractionPool;
  readonly queue: PQueue;
  readonly notice: (line: string) => void;
  readonly ocr: ScanOcr;
  readonly project: Project;
};

/** What the database held before this scan, and the run it now records. */
type Start = {
  readonly before: scanTables.Snapshot;
  /** Where each mention stood before the scan, so that a verdict can follow its passage. */
  readonly passages: readonly StoredPassage[];
  readonly statBefore: Statistic | null;
  readonly diff: ReturnType<typeof lexiconChange>;
  readonly runId: number;
  readonly ledger: Ledger;
};

/** Reads what the database holds, then records the run (its corpus, lexicon and versions) and the plans. */
function startRun(run: Run, options: ScanOptions, threshold: number): Start {
  const { db, corpus, lexicon } = run;
  const before = scanTables.readSnapshot(db);
  const statBefore =
    before.lastRunId === null
      ? null
      : computeShare(countPlans(readPlanFacts(db)), threshold);
  const runId = scanTables.saveRunStart(db, {
    corpus: corpus.root,
    lexiconPath: run.lexiconPath,
    lexiconSha256: lexicon.sha256,
    toolVersion: TOOL_VERSION,
    pdfjsVersion: PDFJS_VERSION,
    naturalVersion: NATURAL_VERSION,
    nodeVersion: process.version,
    ocrEngine: run.ocr.engineName,
  });
  scanTables.saveProjectSettings(db, {
    ...run.project,
    lexiconPath: run.lexiconPath,
    lexiconSha256: lexicon.sha256,
  });
  scanTables.savePlans(db, corpus.plans);
  const ledger = new Ledger(
    db,
    runId,
    run.notice,
    options.onProgress,
    corpus.docs.length,
  );
  return {
    before,
    passages: scanTables.readPassages(db),
    statBefore,
    diff: lexiconChange(before, lexicon),
    runId,
    ledger,
  };
}

/** Marks what left the corpus, closes the run and says what changed since the last scan. */
function finishScan(
  run: Run,
  start: Start,
  warnings: readonly Warning[],
  threshold: number,
): ScanSummary {
  const { db, corpus, lexicon } = run;
  const { before, ledger, runId } = start;
  const removed = scanTables.saveRemovedDocuments(
    db,
    corpus.docs.map((d) => d.path),
  );
  const duplicates = settleDuplicates(db);
  const found = new Map(duplicates.findings.map((f) => [f.document, f]));
  for (const path of duplicates.changed) {
    const f = found.get(path);
    run.notice(
      f?.duplicateOf == null
        ? `${path}: no longer a duplicate; it counts again`
        : `${path}: duplicate of ${f.duplicateOf} (${f.reason}); its mentions are kept but not counted`,
    );
  }
  const after = scanTables.readSnapshot(db);
  const carries = carryScanVerdicts(db, runId, start.passages);
  const pagesRead = ledger.progress.pagesRead;
  const mentions = after.mentions.size;
  const documents = {
    documents: ledger.results.size,
    pages: pagesRead,
    mentions,
  };
  fillLocations(db);
  scanTables.saveRunEnd(db, runId, documents, lexicon.terms);
  const changes: ScanChanges = diffScan({
    firstScan: before.lastRunId === null,
    documents: { ...ledger.counts, removed },
    mentionsBefore: before.mentions,
    mentionsAfter: after.mentions,
    verdicts: effectiveVerdicts(readVerdictRows(db)),
    carries,
    before: start.statBefore,
    after: computeShare(countPlans(readPlanFacts(db)), threshold),
  });
  const results = corpus.docs.map((d) =>
    asDuplicate(ledger.results.get(d.path) as DocResult, found.get(d.path)),
  );
  const { lexiconPath } = run;
  return {
    runId,
    project: run.project,
    corpus,
    lexiconPath,
    results,
    warnings: [...warnings],
    removed,
    pagesRead,
    ocrPagesRead: ledger.progress.ocrPagesRead,
    mentions,
    workers: run.pool.size,
    changes,
  };
}

/** A document's outcome as the duplicate rules left it (a duplicate by text or declaration is stored as one). */
function asDuplicate(
  result: DocResult,
  finding: DuplicateFinding | undefined,
): DocResult {
  if (finding?.duplicateOf == null || finding.reason === null) return result;
  return {
    ...result,
    status: "duplicate",
    problem: null,
    duplicateOf: finding.duplicateOf,
    duplicateReason: finding.reason,
  };
}

/** Brings the open database up to date with the corpus and says what changed; `onStart` is given its ledger. */
async function scanInto(
  run: Run,
  options: ScanOptions,
  onStart: (ledger: Ledger) => void,
): Promise<ScanSummary> {
  const threshold = options.threshold ?? THRESHOLD_MENTIONS;
  const start = startRun(run, options, threshold);
  onStart(start.ledger);
  const hashed = hashDocuments(run, start.ledger, options.force === true);
  const work = planWork(hashed, {
    stored: start.before.documents,
    extractor: EXTRACTOR,
    lexiconChanged: start.diff !== null,
    force: options.force === true,
    ocrSettings: run.ocr.settings,
    limits: run.pool.limits,
  });
  const warnings: Warning[] = [...run.corpus.warnings];
  const context: WorkContext = {
    ...run,
    runId: start.runId,
    ledger: start.ledger,
    force: options.force === true,
    diff: start.diff,
    compiled: compileLexicon(run.lexicon.terms),
    signal: options.signal,
  };
  await doWork(work, context, (w) => {
    warnings.push(w);
    run.notice(w.reason);
  });
  return finishScan(run, start, warnings, threshold);
}

/**
 * Each document's sha256 and size (the bytes are hashed a chunk at a time and not kept: a read loads them again in
 * its worker). A file whose identity on disk is the one kept with its hash is not read (fileIdentity); --force
 * reads and hashes them all. A file larger than the reader can ever take is not hashed (planWork stops it).
 */
function hashDocuments(
  run: Pick<Run, "db" | "corpus">,
  ledger: Ledger,
  force: boolean,
): HashedDoc[] {
  const known = scanTables.readFileHashes(run.db);
  const fresh = new Map<string, scanTables.KnownHash>();
  const hashed = run.corpus.docs.map((doc): HashedDoc => {
    if (!doc.existsOnDisk) return { doc, file: "", sha256: null, bytes: 0 };
    const file = join(run.corpus.root, doc.path);
    const { identity, size, settled } = fileIdentity(file);
    const kept = known.get(file);
    ledger.progress.bytesTotal += size;
    if (size > MAX_READABLE_BYTES)
      return { doc, file, sha256: null, bytes: size, tooLarge: true };
    if (!force && kept?.identity === identity)
      return { doc, file, sha256: kept.sha256, bytes: size };
    const { sha256, bytes } = hashFile(file);
    if (settled) fresh.set(file, { identity, sha256 });
    return { doc, file, sha256, bytes };
  });
  // A kept hash whose file changed since is left: it no longer matches, and is replaced once the file settles.
  const inCorpus = new Set(hashed.map((h) => h.file));
  const gone = [...known.keys()].filter((f) => !inCorpus.has(f));
  scanTables.saveFileHashes(run.db, fresh, gone);
  return hashed;
}
