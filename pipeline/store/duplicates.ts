import type {
  DuplicateFinding,
  DuplicateReason,
  TextFingerprint,
} from "../types.js";
import type { Db } from "./db.js";
import { prepared } from "./prepared.js";

// Duplicates by text and by declaration (spec v2.1 point 3) are decided over the whole corpus after each scan and
// each declaration (scan/settle-duplicates.ts): a document found to repeat another is stored as `duplicate` with
// its own reading's status and problem kept beside it (read_status, read_error, read_problem), and gets them back
// when it no longer repeats it. Duplicates by bytes are decided by the scan itself (read_status stays null).

/** A document still in the corpus as the duplicate rules need it, in manifest order. */
export type DedupeRow = {
  readonly document: string;
  readonly sha256: string | null;
  /** The status its reading gave (a duplicate by text or declaration: the one kept beside `duplicate`). */
  readonly readStatus: string;
  readonly duplicateReason: DuplicateReason | null;
  /** null: not worked out (rows written before schema 14). */
  readonly fingerprint: TextFingerprint | null;
};

/** The documents in the corpus in manifest order, with their text as the duplicate rules compare it. */
export function readDedupeRows(db: Db): DedupeRow[] {
  const rows = db
    .prepare(
      `SELECT document, sha256, COALESCE(read_status, status) AS readStatus, duplicate_reason AS duplicateReason,
              page_hashes, words
       FROM documents WHERE removed = 0 ORDER BY manifest_order, document`,
    )
    .all() as (Omit<DedupeRow, "fingerprint"> & {
    page_hashes: string | null;
    words: number | null;
  })[];
  return rows.map(({ page_hashes, words, ...r }) => ({
    ...r,
    fingerprint:
      page_hashes === null || words === null
        ? null
        : { pageHashes: JSON.parse(page_hashes) as string[], words },
  }));
}

/** Keeps a document's text as the duplicate rules compare it (worked out from its stored pages). */
export function saveFingerprint(
  db: Db,
  document: string,
  fingerprint: TextFingerprint,
): void {
  prepared(
    db,
    `UPDATE documents SET page_hashes = ?, words = ? WHERE document = ?`,
  ).run(JSON.stringify(fingerprint.pageHashes), fingerprint.words, document);
}

/**
 * Stores what the duplicate rules decided, in one transaction: a new duplicate keeps its reading's status and
 * error aside; one that no longer repeats its original gets them back; near-duplicates are replaced. Returns the
 * documents whose standing changed.
 */
export function saveDuplicateFindings(
  db: Db,
  findings: readonly DuplicateFinding[],
): string[] {
  const mark = prepared(
    db,
    `UPDATE documents SET read_status = COALESCE(read_status, status),
       read_error = CASE WHEN read_status IS NULL THEN error ELSE read_error END,
       read_problem = CASE WHEN read_status IS NULL THEN problem ELSE read_problem END,
       status = 'duplicate', error = NULL, problem = NULL, duplicate_of = ?, duplicate_reason = ?,
       near_duplicate_of = NULL, pages_shared = NULL
     WHERE document = ? AND (status <> 'duplicate' OR duplicate_of IS NOT ? OR duplicate_reason IS NOT ?)`,
  );
  const unmark = prepared(
    db,
    `UPDATE documents SET status = read_status, error = read_error, problem = read_problem, duplicate_of = NULL,
       duplicate_reason = NULL, read_status = NULL, read_error = NULL, read_problem = NULL
     WHERE document = ? AND read_status IS NOT NULL`,
  );
  const near = prepared(
    db,
    `UPDATE documents SET near_duplicate_of = ?, pages_shared = ? WHERE document = ?`,
  );
  return db.transaction(() => {
    const changed: string[] = [];
    for (const f of findings) {
      const run =
        f.duplicateOf === null
          ? unmark.run(f.document)
          : mark.run(
              f.duplicateOf,
              f.reason,
              f.document,
              f.duplicateOf,
              f.reason,
            );
      if (run.changes > 0) changed.push(f.document);
      if (f.duplicateOf === null)
        near.run(f.nearDuplicateOf, f.pagesShared, f.document);
    }
    return changed;
  })();
}
