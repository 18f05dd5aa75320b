import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import PQueue from "p-queue";
import { contextAround, mentionId } from "./audit/index.js";
import { loadCorpus } from "./corpus/index.js";
import { readDocument, PDFJS_VERSION } from "./extract/index.js";
import {
  compileLexicon,
  DEFAULT_LEXICON_PATH,
  loadLexicon,
  matchPage,
  type CompiledLexicon,
} from "./match/index.js";
import {
  beginRun,
  finishRun,
  markRemoved,
  openDatabase,
  saveDocument,
  saveLexiconAndPlans,
} from "./store/index.js";
import type {
  Corpus,
  Doc,
  DocResult,
  MentionRecord,
  Term,
  Warning,
} from "./types.js";
import { JOBS, WINDOW_TOKENS } from "./defaults.js";
import { NATURAL_VERSION, TOOL_VERSION } from "./version.js";

/** What `scan` needs; paths may be relative to the working directory. */
export type ScanOptions = {
  readonly corpus: string;
  readonly db: string;
  /** Lexicon CSV; null: `<corpus>/lexicon.csv`, else the project's lexicon v1. */
  readonly lexicon: string | null;
  /** Documents read at once. @default JOBS */
  readonly jobs?: number;
  /** Called once per corpus warning or unreadable document, as soon as it is known. */
  readonly onNotice?: (line: string) => void;
  /** Called after each document is stored. */
  readonly onProgress?: (
    done: number,
    total: number,
    pagesDone: number,
  ) => void;
};

/** What a scan did. */
export type ScanSummary = {
  readonly runId: number;
  readonly corpus: Corpus;
  readonly lexiconPath: string;
  readonly results: readonly Omit<DocResult, "pages" | "mentions">[];
  readonly warnings: readonly Warning[];
  readonly removed: readonly string[];
  readonly pages: number;
  readonly mentions: number;
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

/** Mentions of one read document as stored: stable ids and context words. */
export function recordMentions(
  result: DocResult,
  lexicon: CompiledLexicon,
): MentionRecord[] {
  const terms = new Map<string, Term>(lexicon.terms.map((t) => [t.id, t]));
  return result.pages.flatMap((page) => {
    const seen = new Map<string, number>();
    return matchPage(page, lexicon).map((m) => {
      const term = terms.get(m.termId) as Term;
      const { left, right } = contextAround(page.raw, m.span, WINDOW_TOKENS);
      const passage = [left, m.surface.replace(/\s+/g, " "), right].join(" ");
      const key = `${m.termId}\u0000${passage}`;
      const ordinal = seen.get(key) ?? 0;
      seen.set(key, ordinal + 1);
      const id = mentionId({
        document: result.doc.path,
        pageNumber: m.pageNumber,
        termId: m.termId,
        passage,
        ordinal,
      });
      return {
        ...m,
        mentionId: id,
        document: result.doc.path,
        concept: term.concept,
        headline: term.headline,
        leftContext: left,
        rightContext: right,
      };
    });
  });
}

const sha256Of = (bytes: Uint8Array) =>
  createHash("sha256").update(bytes).digest("hex");

/** Outcome for a file that is not there: the plan cannot be fully read. */
function missingResult(doc: Doc): DocResult {
  return {
    doc,
    sha256: null,
    bytes: null,
    status: "missing",
    pageCount: null,
    pagesWithoutText: [],
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
  original: DocResult,
): DocResult {
  const readable =
    original.status === "ok" || original.status === "partial-text";
  return {
    doc,
    sha256,
    bytes,
    status: readable ? "duplicate" : original.status,
    pageCount: original.pageCount,
    pagesWithoutText: original.pagesWithoutText,
    duplicateOf: original.doc.path,
    error: readable
      ? null
      : `${doc.path}: same bytes as ${original.doc.path}, which is ${original.status}`,
    pages: [],
    mentions: [],
  };
}

/**
 * The scan, in stage order: lexicon → corpus → hash and find duplicates → extract (queued) → match → store
 * (one transaction per document) → mark documents that left the corpus. A bad file becomes a status and a
 * notice; only an invalid lexicon, corpus folder or database stops the run (they throw).
 */
export async function scanCorpus(options: ScanOptions): Promise<ScanSummary> {
  const notice = options.onNotice ?? (() => undefined);
  const lexiconPath = chooseLexicon(options.corpus, options.lexicon);
  const lexicon = loadLexicon(lexiconPath);
  const compiled = compileLexicon(lexicon.terms);
  const corpus = loadCorpus(resolve(options.corpus));
  corpus.warnings.forEach((w) => notice(w.reason));
  const db = openDatabase(options.db);
  try {
    const runId = beginRun(db, {
      corpus: corpus.root,
      lexiconPath,
      lexiconSha256: lexicon.sha256,
      toolVersion: TOOL_VERSION,
      pdfjsVersion: PDFJS_VERSION,
      naturalVersion: NATURAL_VERSION,
      nodeVersion: process.version,
    });
    saveLexiconAndPlans(db, lexicon.terms, corpus.plans);
    const warnings = [...corpus.warnings];
    const results = new Map<string, DocResult>();
    const store = (
      result: DocResult,
      mentions: readonly MentionRecord[] = [],
    ) => {
      saveDocument(db, runId, result, mentions);
      results.set(result.doc.path, { ...result, pages: [], mentions: [] });
      if (result.error !== null) notice(result.error);
      pagesDone += result.status === "duplicate" ? 0 : result.pages.length;
      mentionsDone += mentions.length;
      options.onProgress?.(results.size, corpus.docs.length, pagesDone);
    };
    let pagesDone = 0;
    let mentionsDone = 0;
    const firstBySha = new Map<string, Doc>();
    const copies: { doc: Doc; sha256: string; bytes: number }[] = [];
    const tasks: Promise<void>[] = [];
    const queue = new PQueue({
      concurrency: Math.max(1, options.jobs ?? JOBS),
    });
    for (const doc of corpus.docs) {
      if (!doc.existsOnDisk) {
        store(missingResult(doc));
        continue;
      }
      const file = join(corpus.root, doc.path);
      const bytes = readFileSync(file);
      const sha256 = sha256Of(bytes);
      if (doc.manifestSha256 !== null && doc.manifestSha256 !== sha256) {
        const w = {
          file: doc.path,
          reason: `${doc.path}: sha256 differs from manifest.csv (file changed since it was listed?); the file on disk is scanned`,
        };
        warnings.push(w);
        notice(w.reason);
      }
      const first = firstBySha.get(sha256);
      if (first !== undefined && bytes.length > 0) {
        copies.push({ doc, sha256, bytes: bytes.length });
        continue;
      }
      firstBySha.set(sha256, doc);
      // The bytes are read again inside the task so that only the documents being extracted sit in memory.
      tasks.push(
        queue.add(async () => {
          const result = await readDocument(
            doc,
            new Uint8Array(readFileSync(file)),
            sha256,
          );
          store(result, recordMentions(result, compiled));
        }),
      );
    }
    await Promise.all(tasks);
    for (const copy of copies) {
      const original = results.get(
        (firstBySha.get(copy.sha256) as Doc).path,
      ) as DocResult;
      store(duplicateResult(copy.doc, copy.sha256, copy.bytes, original));
    }
    const removed = markRemoved(
      db,
      corpus.docs.map((d) => d.path),
    );
    finishRun(db, runId, {
      documents: results.size,
      pages: pagesDone,
      mentions: mentionsDone,
    });
    const ordered = corpus.docs.map((d) => results.get(d.path) as DocResult);
    return {
      runId,
      corpus,
      lexiconPath,
      results: ordered,
      warnings,
      removed,
      pages: pagesDone,
      mentions: mentionsDone,
    };
  } finally {
    db.close();
  }
}
