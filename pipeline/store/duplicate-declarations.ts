import { hasTable } from "./table-info.js";
import type { Db } from "./db.js";

// Documents an analyst declared duplicates of others (spec v2.1 point 3, `corpus declare-duplicate`), kept
// append-only in duplicate_declarations: the latest row for a document's file decides, and a withdrawn one
// (`--undo`) no longer counts. A declaration holds for the file it was made on: a changed file counts again.

/** A declaration row as stored. */
export type DuplicateDeclaration = {
  readonly declarationId: number;
  readonly document: string;
  readonly sha256: string;
  readonly duplicateOf: string;
  readonly auditor: string;
  readonly note: string;
  readonly declaredAt: string;
  readonly withdrawn: boolean;
};

/** A row to append; time and id are given by the store. */
export type NewDuplicateDeclaration = Omit<
  DuplicateDeclaration,
  "declarationId" | "declaredAt"
>;

type Row = Omit<DuplicateDeclaration, "withdrawn"> & { withdrawn: number };
const fromRow = (r: Row): DuplicateDeclaration => ({
  ...r,
  withdrawn: r.withdrawn === 1,
});

/** Appends one row; it is on disk when this returns. */
export function appendDuplicateDeclaration(
  db: Db,
  d: NewDuplicateDeclaration,
): DuplicateDeclaration {
  const declaredAt = new Date().toISOString();
  const r = db
    .prepare(
      `INSERT INTO duplicate_declarations (document, sha256, duplicate_of, auditor, note, declared_at, withdrawn)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.document,
      d.sha256,
      d.duplicateOf,
      d.auditor,
      d.note,
      declaredAt,
      d.withdrawn ? 1 : 0,
    );
  return { ...d, declarationId: Number(r.lastInsertRowid), declaredAt };
}

/**
 * The declarations that stand: for each document still in the corpus, its latest row on its present file, when
 * not withdrawn, oldest first. Empty for a database without the table.
 */
export function readStandingDuplicateDeclarations(
  db: Db,
): DuplicateDeclaration[] {
  if (!hasTable(db, "duplicate_declarations")) return [];
  return (
    db
      .prepare(
        `SELECT x.declaration_id AS declarationId, x.document, x.sha256, x.duplicate_of AS duplicateOf, x.auditor,
                x.note, x.declared_at AS declaredAt, x.withdrawn
         FROM duplicate_declarations x
         JOIN documents d ON d.document = x.document AND d.sha256 = x.sha256 AND d.removed = 0
         WHERE x.declaration_id = (SELECT max(y.declaration_id) FROM duplicate_declarations y
                                   WHERE y.document = x.document AND y.sha256 = x.sha256)
           AND x.withdrawn = 0
         ORDER BY x.declaration_id`,
      )
      .all() as Row[]
  ).map(fromRow);
}
