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
