import { availableParallelism } from "node:os";
import type { ReadingSettings } from "./types.js";

// The only place the pipeline's default numbers live; the CLI shows them in --help.

/** Headline mentions a plan needs to count as mentioning social value (spec §The statistic). */
export const THRESHOLD_MENTIONS = 1;
/** Words of context kept each side of a mention: stored, exported, shown by `mentions`, `audit`, the report and the audit app. */
export const WINDOW_TOKENS = 8;
/** Words of context each side of the one example `terms` shows for a surface form. */
export const TERMS_EXAMPLE_TOKENS = 6;
/** Worker threads reading PDFs: one per core. */
export const JOBS = availableParallelism();
/** A document still being read after this many seconds is stopped (status `timeout`). */
export const TIMEOUT_SECONDS = 120;
/** Heap a worker may use for one document before it is stopped (status `too-large`). */
export const MAX_HEAP_MB = 384;
/** Default database file, relative to the working directory. */
export const DB_FILE = "output/stp-scan.sqlite";
/** Default corpus folder, relative to the working directory. */
export const CORPUS_DIR = "corpus";
/** Pages without a text layer are read by OCR (`auto`) or left as pages without text (`off`, spec v1.1). */
export const OCR_MODE = "auto" as "auto" | "off";
/** Spec v2.0 point 3: words (>= 2 letters) a page needs to be more than a picture. */
export const OCR_MIN_WORDS = 10;
/** Spec v2.0 point 3: mean word confidence (0-100) a page needs to be read (below it: unreadable). */
export const OCR_MIN_CONFIDENCE = 70;
/** Each process reading one page by OCR (render, tesseract) is stopped after this many seconds. */
export const OCR_PAGE_TIMEOUT_SECONDS = 60;
/** Words a document's pages must hold in all before the same text makes it a duplicate (spec v2.1 point 3). */
export const MIN_SAME_TEXT_WORDS = 50;
/** Inflated bytes `verify` reads from one bundle file; a bundle of 10,000 mentions has files of about 10 MB. */
export const BUNDLE_MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** Inflated bytes `verify` reads from a whole bundle: a zip that inflates past it is a zip bomb, not a bundle. */
export const BUNDLE_MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** Resolution of the report's picture of each evidence passage: small files, lines still readable. */
export const EVIDENCE_PICTURE_DPI = 96;
/** Lines of the page shown above and below an evidence passage's own lines in its picture. */
export const EVIDENCE_PICTURE_LINES = 1;
/** Places one page of the workbench's search holds (GET /api/search without limit=), and the most it may hold. */
export const SEARCH_PAGE_PLACES = 50;
export const SEARCH_PAGE_MAX_PLACES = 1000;
/** A search of the workbench still finding places after this many seconds is stopped and refused (503). */
export const SEARCH_SECONDS = 10;
/** `candidates`: words each side of the concept's accepted passages that make their context. */
export const CANDIDATE_WINDOW_TOKENS = 12;
/** `candidates`: words of the passage a page is scored on (its best run of this many). */
export const CANDIDATE_PASSAGE_TOKENS = 25;
/** `candidates`: pages listed unless told otherwise. */
export const CANDIDATES_SHOWN = 20;

/** The reading settings of a database that never recorded them (scan and add take them from the database). */
export const READING_DEFAULTS = {
  ocr: OCR_MODE,
  ocrMinWords: OCR_MIN_WORDS,
  ocrMinConfidence: OCR_MIN_CONFIDENCE,
  timeoutSeconds: TIMEOUT_SECONDS,
  maxMemoryMb: MAX_HEAP_MB,
} as const satisfies ReadingSettings;

/** The largest PDF the workbench takes in one upload (POST /api/documents), in bytes. */
export const UPLOAD_MAX_BYTES = 200 * 1024 * 1024;
