import { strict as assert } from "node:assert";
import { sizeProblem } from "../extract/index.js";
import type { scanTables } from "../store/index.js";
import type { Doc, DocResult } from "../types.js";
import { isReadable } from "./plan-work.js";

/** A document's outcome without its pages and mentions, as a scan keeps it in memory. */
export type Outcome = Omit<DocResult, "pages" | "mentions">;

/** The one way the scan builds a document result it did not read: no pages, no mentions. */
export function documentResult(
  doc: Doc,
  fields: Omit<
    Outcome,
    | "doc"
    | "duplicateOf"
    | "duplicateReason"
    | "blankPages"
    | "warnings"
    | "repaired"
  > &
    Partial<
      Pick<
        Outcome,
        | "duplicateOf"
        | "duplicateReason"
        | "blankPages"
        | "warnings"
        | "repaired"
      >
    >,
): DocResult {
  return {
    doc,
    duplicateOf: null,
    duplicateReason: null,
    blankPages: [],
    warnings: [],
    repaired: false,
    ...fields,
    pages: [],
    mentions: [],
  };
}

/** Outcome for a file that is not there: the plan cannot be fully read. */
export function missingResult(doc: Doc): DocResult {
  const reason = "listed in the manifest but the file is missing";
  return documentResult(doc, {
    sha256: null,
    bytes: null,
    status: "missing",
    pageCount: null,
    pagesWithoutText: [],
    pagesOcr: [],
    pagesPicture: [],
    error: `${doc.path}: ${reason}`,
    problem: { file: doc.path, status: "missing", reason },
  });
}

/** Outcome for a file larger than the reader can ever take (extract sizeProblem): not hashed, not read. */
export function tooLargeResult(doc: Doc, bytes: number): DocResult {
  const problem = sizeProblem(doc.path, bytes);
  assert(problem !== null, `${doc.path}: ${bytes} bytes can be read`);
  return documentResult(doc, {
    sha256: null,
    bytes,
    status: problem.status,
    pageCount: null,
    pagesWithoutText: [],
    pagesOcr: [],
    pagesPicture: [],
    error: `${doc.path}: ${problem.reason}`,
    problem,
  });
}

/**
 * Outcome for a document read in time but whose matching ran past the per-document time limit: `timeout`, as a
 * read past it is, and read again when the limit changes.
 */
export function matchedTooLongResult(
  read: DocResult,
  timeoutSeconds: number,
): DocResult {
  const reason = `stopped after ${timeoutSeconds} s while its pages were matched (time limit per document, --timeout)`;
  return {
    ...documentResult(read.doc, {
      sha256: read.sha256,
      bytes: read.bytes,
      status: "timeout",
      pageCount: read.pageCount,
      pagesWithoutText: [],
      pagesOcr: [],
      pagesPicture: [],
      error: `${read.doc.path}: ${reason}`,
      problem: { file: read.doc.path, status: "timeout", reason },
    }),
    stopped: { by: "time limit", limit: timeoutSeconds },
  };
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
  const reason = `same bytes as ${original.doc.path}, which is ${status}`;
  const common = {
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
    duplicateReason: "same bytes" as const,
  };
  if (isReadable(status))
    return documentResult(doc, {
      ...common,
      status: "duplicate",
      error: null,
      problem: null,
    });
  return documentResult(doc, {
    ...common,
    status,
    error: `${doc.path}: ${reason}`,
    problem: { file: doc.path, status, reason },
  });
}

/** A document kept from the database: its stored outcome, as a result without pages. */
export const storedResult = (
  doc: Doc,
  sha256: string,
  bytes: number,
  stored: scanTables.StoredDocument,
): DocResult =>
  documentResult(doc, {
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
    error: stored.error,
    problem: null,
  });
