import { settleDuplicates } from "../scan/index.js";
import { readDocuments, declarationTables, type Db } from "../store/index.js";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

// `corpus declare-duplicate` (spec v2.1 point 3): an analyst declares that a document repeats another (a
// near-duplicate the rules leave counted, a report published under two names), or withdraws that (`undo`).
// The declaration is appended, then the duplicates of the whole corpus are decided again, so the statistic
// follows at once. Anything that cannot be declared is a value naming the document and why.

/** What to declare. */
export type DeclareDuplicateRequest = {
  readonly document: string;
  /** The document it repeats; not needed to withdraw. */
  readonly of: string | null;
  readonly note: string;
  readonly auditor: string;
  readonly undo: boolean;
};

/** The row written and the documents whose standing changed, or why nothing was written. */
export type DeclareDuplicateOutcome = Result<{
  readonly row: declarationTables.DuplicateDeclaration;
  readonly changed: readonly string[];
}>;

const HINT = "paths as in corpus list, e.g. plans/<plan>/<file>.pdf";

/** Checks the request against the stored documents, appends one row and decides the duplicates again. */
export function declareDuplicate(
  db: Db,
  request: DeclareDuplicateRequest,
): DeclareDuplicateOutcome {
  const name = request.document;
  const refuse = (reason: string) => fail({ file: name, reason });
  if (request.note.trim() === "")
    return refuse(`--note must say why it repeats the other document`);
  const docs = new Map(readDocuments(db).map((d) => [d.document, d]));
  const doc = docs.get(name);
  if (doc === undefined || doc.sha256 === null)
    return refuse(`no such document in the database (${HINT})`);
  const standing = declarationTables
    .readStandingDuplicateDeclarations(db)
    .find((d) => d.document === name);
  if (request.undo) {
    if (standing === undefined)
      return refuse(`not declared a duplicate, so nothing to withdraw`);
    return append(db, {
      ...standing,
      note: request.note,
      auditor: request.auditor,
      withdrawn: true,
    });
  }
  if (request.of === null)
    return refuse(`--of must name the document it repeats`);
  const of = docs.get(request.of);
  if (of === undefined)
    return refuse(
      `--of ${request.of} is no document in the database (${HINT})`,
    );
  if (of.document === name) return refuse(`a document cannot repeat itself`);
  if (doc.status === "duplicate" && doc.duplicate_reason !== "declared")
    return refuse(
      `already a duplicate of ${doc.duplicate_of ?? "an earlier document"} (${doc.duplicate_reason ?? "same bytes"})`,
    );
  if (of.status === "duplicate" && of.duplicate_of === name)
    return refuse(
      `${of.document} is already a duplicate of it; withdraw that first`,
    );
  return append(db, {
    document: name,
    sha256: doc.sha256,
    duplicateOf: of.document,
    auditor: request.auditor,
    note: request.note,
    withdrawn: false,
  });
}

function append(
  db: Db,
  row: Omit<
    declarationTables.DuplicateDeclaration,
    "declarationId" | "declaredAt"
  >,
): DeclareDuplicateOutcome {
  const written = declarationTables.appendDuplicateDeclaration(db, {
    document: row.document,
    sha256: row.sha256,
    duplicateOf: row.duplicateOf,
    auditor: row.auditor,
    note: row.note,
    withdrawn: row.withdrawn,
  });
  return ok({ row: written, changed: settleDuplicates(db).changed });
}
