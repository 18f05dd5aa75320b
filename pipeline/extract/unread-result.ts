import type { Doc, DocProblem, DocResult } from "../types.js";

/**
 * A cause as it can cross from the worker to the main thread (structured clone) and be stored as JSON: an error's
 * name and message, never the pdf.js object itself (whose prototype and fields a clone would drop or refuse);
 * anything else is left out.
 */
const portable = (cause: unknown) =>
  cause instanceof Error
    ? { name: cause.name, message: cause.message }
    : typeof cause === "string"
      ? cause
      : undefined;

/** What a document result without pages must say; the rest is empty (no lists, no duplicate) unless given. */
type PagelessFields = Pick<
  DocResult,
  "sha256" | "bytes" | "status" | "problem"
> &
  Partial<Omit<DocResult, "doc" | "pages" | "mentions">>;

/**
 * The one builder of a document result without pages or mentions: one this run did not read (kept from the
 * database, a copy of another) or could not read (unreadResult).
 */
export const pagelessResult = (
  doc: Doc,
  fields: PagelessFields,
): DocResult => ({
  doc,
  pageCount: null,
  pagesWithoutText: [],
  pagesOcr: [],
  pagesPicture: [],
  blankPages: [],
  warnings: [],
  repaired: false,
  duplicateOf: null,
  duplicateReason: null,
  ...fields,
  pages: [],
  mentions: [],
});

/**
 * The result of a document that could not be read (or whose reading was stopped): the status its problem gives,
 * the problem with its cause kept portable, no pages. `known`: what was learnt of the file before it failed.
 */
export const unreadResult = (
  doc: Doc,
  problem: DocProblem,
  known: Pick<DocResult, "sha256" | "bytes"> &
    Partial<Pick<DocResult, "pageCount" | "stopped">>,
): DocResult => {
  const { cause, ...rest } = problem;
  const kept = portable(cause);
  return pagelessResult(doc, {
    ...known,
    status: problem.status,
    problem: kept === undefined ? rest : { ...rest, cause: kept },
  });
};
