import type { Doc, DocProblem, DocResult } from "../types.js";

/** A document-level problem as a result's fields: the status and the Problem value. */
export function problemOf(
  doc: Doc,
  status: DocProblem["status"],
  reason: string,
  pages?: readonly number[],
): Pick<DocResult, "status" | "problem"> {
  return {
    status,
    problem: {
      file: doc.path,
      status,
      reason,
      ...(pages === undefined ? {} : { pages }),
    },
  };
}
