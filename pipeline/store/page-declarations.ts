import { hasTable } from "./table-info.js";
import type { Db } from "./db.js";

// Pages an analyst declared read (spec v2.0 point 5, `corpus accept-pages`), kept append-only in
// page_declarations: the latest row for a document's file and page decides, and a withdrawn one (`--undo`) no
// longer counts. A declaration holds for the file it was made on; a changed file is unreadable again.

/** A declaration row as stored. */
export type PageDeclaration = {
  readonly declarationId: number;
  readonly document: string;
  readonly sha256: string;
  readonly page: number;
  readonly auditor: string;
  readonly note: string;
  readonly declaredAt: string;
  readonly withdrawn: boolean;
};

/** Rows to append for one decision on one document's pages; time and ids are given by the store. */
export type NewPageDeclaration = {
  readonly document: string;
  readonly sha256: string;
  readonly pages: readonly number[];
  readonly auditor: string;
  readonly note: string;
  readonly withdrawn: boolean;
};

/** Appends one row per page in one transaction; each is on disk when this returns. */
export function appendPageDeclarations(
  db: Db,
  d: NewPageDeclaration,
): PageDeclaration[] {
  const insert = db.prepare(
    `INSERT INTO page_declarations (document, sha256, page, auditor, note, declared_at, withdrawn)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  return db.transaction(() =>
    d.pages.map((page) => {
      const r = insert.run(
        d.document,
        d.sha256,
        page,
        d.auditor,
        d.note,
        at,
        d.withdrawn ? 1 : 0,
      );
      return {
        declarationId: Number(r.lastInsertRowid),
        document: d.document,
        sha256: d.sha256,
        page,
        auditor: d.auditor,
        note: d.note,
        declaredAt: at,
        withdrawn: d.withdrawn,
      };
    }),
  )();
}

/**
 * The declarations that stand: for each document still in the corpus, the pages whose latest row on the
 * document's present file is not withdrawn, oldest first. Empty for a database without the table.
 */
export function readStandingDeclarations(db: Db): PageDeclaration[] {
  if (!hasTable(db, "page_declarations")) return [];
  const rows = db
    .prepare(
      `SELECT pd.declaration_id AS declarationId, pd.document, pd.sha256, pd.page, pd.auditor, pd.note,
              pd.declared_at AS declaredAt, pd.withdrawn
       FROM page_declarations pd
       JOIN documents d ON d.document = pd.document AND d.sha256 = pd.sha256 AND d.removed = 0
       WHERE pd.declaration_id = (SELECT max(x.declaration_id) FROM page_declarations x
                                  WHERE x.document = pd.document AND x.sha256 = pd.sha256 AND x.page = pd.page)
         AND pd.withdrawn = 0
       ORDER BY pd.document, pd.page`,
    )
    .all() as (Omit<PageDeclaration, "withdrawn"> & { withdrawn: number })[];
  return rows.map((r) => ({ ...r, withdrawn: r.withdrawn === 1 }));
}

/** Standing declarations by document: the declared page numbers. */
export function declaredPagesByDocument(db: Db): Map<string, Set<number>> {
  const byDoc = new Map<string, Set<number>>();
  for (const d of readStandingDeclarations(db))
    byDoc.set(d.document, (byDoc.get(d.document) ?? new Set()).add(d.page));
  return byDoc;
}
