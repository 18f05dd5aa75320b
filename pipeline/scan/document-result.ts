import { strict as assert } from "node:assert";
import { pagelessResult, sizeProblem, unreadResult } from "../extract/index.js";
import type { scanTables } from "../store/index.js";
import type { Doc, DocResult } from "../types.js";
import { isReadable } from "./plan-work.js";

/** A document's outcome without its pages and mentions, as a scan keeps it in memory. */
export type Outcome = Omit<DocResult, "pages" | "mentions">;

/** Outcome for a file that is not there: the plan cannot be fully read. */
export function missingResult(doc: Doc): DocResult {
  return unreadResult(
    doc,
    {
      file: doc.path,
      status: "missing",
      reason: "listed in the manifest but the file is missing",
    },
    { sha256: null, bytes: null },
  );
}

/** Outcome for a file larger than the reader can ever take (extract sizeProblem): not hashed, not read. */
export function tooLargeResult(doc: Doc, bytes: number): DocResult {
  const problem = sizeProblem(doc.path, bytes);
  assert(problem !== null, `${doc.path}: ${bytes} bytes can be read`);
  return unreadResult(doc, problem, { sha256: null, bytes });
}

/**
 * Outcome for a document read in time but whose matching ran past the per-document time limit: `timeout`, as a
 * read past it is, and read again when the limit changes.
 */
export function matchedTooLongResult(
  read: DocResult,
  timeoutSeconds: number,
): DocResult {
  return unreadResult(
    read.doc,
    {
      file: read.doc.path,
      status: "timeout",
      reason: `stopped after ${timeoutSeconds} s while its pages were matched (time limit per document, --timeout)`,
    },
    {
      sha256: read.sha256,
      bytes: read.bytes,
      pageCount: read.pageCount,
      stopped: { by: "time limit", limit: timeoutSeconds },
    },
  );
}

/**
 * An exact copy of an earlier document (spec §Documents: stored once, adds nothing). A copy of an unreadable
 * file is as unreadable as the original, so it keeps the original's status and its plan is reported apart.
 */
export function duplicateResult(
  doc: Doc,
  sha256: string,
  bytes: number,
  original: Outcome,
): DocResult {
  const status = original.status;
  return pagelessResult(doc, {
    sha256,
    bytes,
    pageCount: original.pageCount,
    pagesWithoutText: original.pagesWithoutText,
    pagesOcr: original.pagesOcr,
    pagesPicture: original.pagesPicture,
    blankPages: original.blankPages,
    warnings: original.warnings,
    repaired: original.repaired,
    duplicateOf: original.doc.path,
    duplicateReason: "same bytes",
    ...(isReadable(status)
      ? { status: "duplicate", problem: null }
      : {
          status,
          problem: {
            file: doc.path,
            status,
            reason: `same bytes as ${original.doc.path}, which is ${status}`,
          },
        }),
  });
}

/** A document kept from the database: its stored outcome, its problem included, as a result without pages. */
export const storedResult = (
  doc: Doc,
  sha256: string,
  bytes: number,
  stored: scanTables.StoredDocument,
): DocResult =>
  pagelessResult(doc, {
    sha256,
    bytes,
    status: stored.status,
    pageCount: stored.pageCount,
    pagesWithoutText: stored.pagesWithoutText,
    pagesOcr: stored.pagesOcr,
    pagesPicture: stored.pagesPicture,
    blankPages: stored.blankPages,
    warnings: stored.warnings,
    repaired: stored.repaired,
    problem: stored.problem,
  });
