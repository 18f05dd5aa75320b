import { textFingerprint, type TextFingerprint } from "../dedupe/index.js";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { sha256Of } from "../corpus/index.js";
import type { CandidateFile } from "./find-candidates.js";
import type { ExtractionPool } from "../extract/index.js";
import type { ScanOcr } from "../scan/index.js";
import type { DocProblem, DocResult, DocStatus, Result } from "../types.js";
import { describeFileError } from "../file-error.js";
import { fail, ok } from "../problem.js";

/** A candidate file read and checked: its size, sha256, and what pdf.js made of it (bytes are read again to copy). */
export type CheckedFile = {
  readonly bytes: number;
  readonly sha256: string;
  readonly status: DocStatus;
  readonly pageCount: number | null;
  /** Why the file cannot be counted (file: the name shown), or null when its status is ok. */
  readonly problem: DocProblem | null;
  /** Its text as the duplicate rules compare it; null when it could not be read. */
  readonly fingerprint: TextFingerprint | null;
};

/** A candidate and its check: the file checked, or why it could not be read from disk (the error as the cause). */
export type Checked = {
  readonly candidate: CandidateFile;
  readonly read: Result<CheckedFile>;
};

/**
 * Why a read document cannot be counted, in the add's words: a file without a text layer is named by its pages,
 * not told to be OCR'd first (the add's --force is the way on); any other problem keeps extract's reason.
 */
function problemOf(result: DocResult, file: string): DocProblem | null {
  if (result.status === "ok") return null;
  const pages = result.pagesWithoutText;
  if (result.status === "no-text")
    return {
      ...result.problem,
      file,
      status: "no-text",
      reason:
        result.pageCount === 0
          ? "the PDF has no pages"
          : "no text layer (scanned images?)",
    };
  // Read by OCR, the reason says which pages it could not read and why.
  if (result.ocrPages !== undefined && result.problem !== null)
    return { ...result.problem, file };
  if (result.status === "partial-text")
    return {
      ...result.problem,
      file,
      status: "partial-text",
      pages,
      reason: `no text layer on page${pages.length > 1 ? "s" : ""} ${pages.join(", ")} (scanned images?)`,
    };
  return {
    ...result.problem,
    file,
    status: result.status,
    reason: result.problem?.reason ?? result.status,
  };
}

/** Reads one candidate from disk and checks it on the pool; a file that cannot be read is a problem naming it. */
async function checkCandidate(
  candidate: CandidateFile,
  pool: ExtractionPool,
  ocr: ScanOcr | undefined,
): Promise<Checked> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(candidate.file);
  } catch (error) {
    const reason = describeFileError(error);
    return {
      candidate,
      read: fail({ file: candidate.shown, reason, cause: error }),
    };
  }
  const sha256 = sha256Of(bytes);
  const shown = basename(candidate.shown);
  const doc = {
    planId: "",
    path: shown,
    role: "",
    order: 0,
    manifestSha256: null,
    inManifest: false,
    existsOnDisk: true,
  };
  const result = await pool.read(
    doc,
    candidate.file,
    sha256,
    bytes.length,
    ocr?.request(null, sha256, true) ?? null,
  );
  return {
    candidate,
    read: ok({
      bytes: bytes.length,
      sha256,
      status: result.status,
      pageCount: result.pageCount,
      problem: problemOf(result, shown),
      fingerprint:
        result.status === "ok" || result.status === "partial-text"
          ? textFingerprint(result.pages)
          : null,
    }),
  };
}

/**
 * Reads and checks each candidate the way a scan would: on the scan's own worker pool (pdf.js in worker threads,
 * with the scan's time and memory limits per document), so that what `add` accepts is what the next scan counts. A file that cannot
 * even be read from disk is a problem naming it; nothing here throws for a bad file.
 */
export async function validateCandidates(
  candidates: readonly CandidateFile[],
  pool: ExtractionPool,
  /** OCR as the scan does it; absent: pages without a text layer are not read (spec v1.1). */
  ocr?: ScanOcr,
): Promise<Checked[]> {
  const checked: Checked[] = new Array<Checked>(candidates.length);
  let next = 0;
  const work = async (): Promise<void> => {
    for (let i = next++; i < candidates.length; i = next++)
      checked[i] = await checkCandidate(
        candidates[i] as CandidateFile,
        pool,
        ocr,
      );
  };
  const readers = Math.max(1, Math.min(pool.size, candidates.length));
  await Promise.all(Array.from({ length: readers }, work));
  return checked;
}
