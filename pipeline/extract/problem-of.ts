import type { Doc, DocResult, Problem } from "../types.js";

/** A document-level problem as a result's fields: the status, the stored one-line error and the Problem value. */
export function problemOf(
  doc: Doc,
  status: Problem["status"],
  reason: string,
  pages?: readonly number[],
): Pick<DocResult, "status" | "error" | "problem"> {
  const problem = {
    file: doc.path,
    status,
    reason,
    ...(pages === undefined ? {} : { pages }),
  };
  return { status, error: `${doc.path}: ${reason}`, problem };
}

/**
 * A cause as it can cross from the worker to the main thread (structured clone): an error's name and message,
 * never the pdf.js object itself (whose prototype and fields a clone would drop or refuse); anything else is
 * left out.
 */
const portable = (cause: unknown) =>
  cause instanceof Error
    ? { name: cause.name, message: cause.message }
    : typeof cause === "string"
      ? cause
      : undefined;

/** The result of a document that could not be read (or whose reading was stopped): its problem, no pages. */
export const unreadResult = (
  doc: Doc,
  sha256: string,
  bytes: number,
  problem: Problem,
): DocResult => ({
  doc,
  sha256,
  bytes,
  status: problem.status,
  pageCount: null,
  pagesWithoutText: [],
  pagesOcr: [],
  pagesPicture: [],
  blankPages: [],
  warnings: [],
  repaired: false,
  error: `${problem.file}: ${problem.reason}`,
  problem: { ...problem, cause: portable(problem.cause) },
  duplicateOf: null,
  duplicateReason: null,
  pages: [],
  mentions: [],
});
