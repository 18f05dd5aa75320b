import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { sha256Of } from "../corpus/index.js";
import type { Candidate } from "./find-candidates.js";
import type { ExtractionPool } from "../extract/index.js";
import type { ScanOcr } from "../scan/index.js";
import type { DocResult, DocStatus } from "../types.js";

/** A candidate file read and checked: its size, sha256, and what pdf.js made of it (bytes are read again to copy). */
export type Checked =
  | {
      readonly ok: true;
      readonly candidate: Candidate;
      readonly bytes: number;
      readonly sha256: string;
      readonly status: DocStatus;
      readonly pageCount: number | null;
      /** Why the file cannot be counted, or null when its status is ok. */
      readonly problem: string | null;
    }
  | {
      readonly ok: false;
      readonly candidate: Candidate;
      readonly reason: string;
    };

/** One line on why a read document cannot be counted, without the leading "<path>: ". */
function problemOf(result: DocResult, shown: string): string | null {
  if (result.status === "ok") return null;
  if (result.status === "no-text") {
    return result.pageCount === 0
      ? "the PDF has no pages"
      : "no text layer (scanned images?)";
  }
  // Read by OCR, the reason says which pages it could not read and why.
  if (result.ocrPages !== undefined && result.error !== null)
    return result.error.slice(shown.length + 2);
  if (result.status === "partial-text") {
    const pages = result.pagesWithoutText;
    return `no text layer on page${pages.length > 1 ? "s" : ""} ${pages.join(", ")} (scanned images?)`;
  }
  const reason = result.error ?? result.status;
  return reason.startsWith(`${shown}: `)
    ? reason.slice(shown.length + 2)
    : reason;
}

/**
 * Reads and checks each candidate the way a scan would: on the scan's own worker pool (pdf.js in worker threads,
 * with the scan's time and memory limits per document), so that what `add` accepts is what the next scan counts. A file that cannot
 * even be read from disk is a problem naming it; nothing here throws for a bad file.
 */
export async function validateCandidates(
  candidates: readonly Candidate[],
  pool: ExtractionPool,
  /** OCR as the scan does it; absent: pages without a text layer are not read (spec v1.1). */
  ocr?: ScanOcr,
): Promise<Checked[]> {
  const checked: Checked[] = new Array<Checked>(candidates.length);
  let next = 0;
  const work = async (): Promise<void> => {
    for (let i = next++; i < candidates.length; i = next++) {
      const candidate = candidates[i] as Candidate;
      let bytes: Buffer;
      try {
        bytes = readFileSync(candidate.file);
      } catch (error) {
        checked[i] = {
          ok: false,
          candidate,
          reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        };
        continue;
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
      checked[i] = {
        ok: true,
        candidate,
        bytes: bytes.length,
        sha256,
        status: result.status,
        pageCount: result.pageCount,
        problem: problemOf(result, shown),
      };
    }
  };
  const readers = Math.max(1, Math.min(pool.size, candidates.length));
  await Promise.all(Array.from({ length: readers }, work));
  return checked;
}
