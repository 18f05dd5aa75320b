import { readDocuments, declarationTables, type Db } from "../store/index.js";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

// `corpus accept-pages` (spec v2.0 point 5): an analyst declares pages OCR could not read as read ("a map,
// nothing to read"), or withdraws that (`undo`). Only unreadable pages of a document in the corpus can be
// declared; anything else is a value naming the document and the page.

/** Page numbers from `3`, `3,5-6`: ascending, each once; null when the text is not such a list. */
export function parsePageList(text: string): number[] | null {
  const pages = new Set<number>();
  for (const part of text.split(",")) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (m === null) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    // Past 2^53 a number no longer counts up by one (p++ stays put), and no PDF has that many pages anyway.
    if (!Number.isSafeInteger(to)) return null;
    if (from < 1 || to < from || to - from > 10_000) return null;
    for (let p = from; p <= to; p++) pages.add(p);
  }
  return [...pages].sort((a, b) => a - b);
}

/** What to declare. */
export type AcceptPagesRequest = {
  readonly document: string;
  readonly pages: string;
  readonly note: string;
  readonly auditor: string;
  readonly undo: boolean;
};

/** The rows written, or why nothing was (a problem naming the document). */
export type AcceptPagesOutcome = Result<
  readonly declarationTables.PageDeclaration[]
>;

/** Checks the request against the stored document and appends one row per page. */
export function acceptPages(
  db: Db,
  request: AcceptPagesRequest,
): AcceptPagesOutcome {
  const refuse = (reason: string) => fail({ file: request.document, reason });
  const pages = parsePageList(request.pages);
  if (pages === null)
    return refuse(
      `"${request.pages}" is not a list of pages (write 3 or 3,5-6)`,
    );
  if (request.note.trim() === "")
    return refuse(`--note must say why the pages count as read`);
  const doc = readDocuments(db).find((d) => d.document === request.document);
  if (doc === undefined || doc.sha256 === null)
    return refuse(
      `no such document in the database (paths as in corpus list, e.g. plans/<plan>/<file>.pdf)`,
    );
  for (const page of pages) {
    if (doc.pages !== null && page > doc.pages)
      return refuse(`page ${page} is not a page of it (it has ${doc.pages})`);
    if (!doc.pages_without_text.includes(page))
      return refuse(
        `page ${page} is not unreadable (unreadable pages: ${doc.pages_without_text.join(", ") || "none"})`,
      );
  }
  return ok(
    declarationTables.appendPageDeclarations(db, {
      document: doc.document,
      sha256: doc.sha256,
      pages,
      auditor: request.auditor,
      note: request.note,
      withdrawn: request.undo,
    }),
  );
}

/** One decision: the pages of a document declared read together (same auditor, time and note). */
export type DeclarationGroup = {
  readonly document: string;
  readonly pages: readonly number[];
  readonly auditor: string;
  readonly declaredAt: string;
  readonly note: string;
};

/** Declarations grouped by decision, in the order given (each shown once, with its pages). */
export function groupDeclarations(
  rows: readonly declarationTables.PageDeclaration[],
): DeclarationGroup[] {
  const groups = new Map<string, DeclarationGroup & { pages: number[] }>();
  for (const d of rows) {
    const key = [d.document, d.auditor, d.declaredAt, d.note].join("\u0000");
    const g = groups.get(key);
    if (g === undefined)
      groups.set(key, {
        document: d.document,
        pages: [d.page],
        auditor: d.auditor,
        declaredAt: d.declaredAt,
        note: d.note,
      });
    else g.pages.push(d.page);
  }
  return [...groups.values()];
}
