import {
  LOCATE_VERSION,
  locateMentions,
  type LocatePage,
} from "../locate/index.js";
import type { Db } from "./open-database.js";
import { readPages } from "./snapshot.js";

/**
 * Works out the location of every mention that has none yet, or one from older rules (issue 17), from the stored
 * page text and boxes alone: after a scan, and the first time a database from before is opened. One transaction
 * per document, so readers never see half of one. Gives how many mentions it located.
 */
export function fillLocations(db: Db): number {
  const documents = db
    .prepare(
      `SELECT DISTINCT m.document, d.sha256 FROM mentions m JOIN documents d ON d.document = m.document
       WHERE (m.location IS NULL OR m.location_version IS NOT ?) AND d.sha256 IS NOT NULL`,
    )
    .all(LOCATE_VERSION) as { document: string; sha256: string }[];
  // Only the mentions without a location from these rules: one found again after a lexicon edit keeps its own.
  const mentionsOf = db.prepare(
    `SELECT mention_id, page, start FROM mentions
     WHERE document = ? AND (location IS NULL OR location_version IS NOT ?)`,
  );
  const update = db.prepare(
    `UPDATE mentions SET location = ?, location_version = ? WHERE mention_id = ?`,
  );
  let located = 0;
  for (const { document, sha256 } of documents) {
    const mentions = mentionsOf.all(document, LOCATE_VERSION) as {
      mention_id: string;
      page: number;
      start: number;
    }[];
    const pages = locatePages(db, sha256);
    const locations = locateMentions(
      pages,
      mentions.map((m) => ({ pageNumber: m.page, start: m.start })),
    );
    db.transaction(() => {
      mentions.forEach((m, i) =>
        update.run(locations[i] ?? "body", LOCATE_VERSION, m.mention_id),
      );
    })();
    located += mentions.length;
  }
  return located;
}

/** A document content's stored pages as the locate stage reads them. */
const locatePages = (db: Db, sha256: string): LocatePage[] =>
  readPages(db, sha256).map((p) => ({
    pageNumber: p.pageNumber,
    raw: p.raw,
    boxes: p.boxes ?? null,
  }));

/** A document's stored pages as the locate stage reads them (empty when the document has no stored content). */
export function readLocatePages(db: Db, document: string): LocatePage[] {
  const sha256 = db
    .prepare(`SELECT sha256 FROM documents WHERE document = ?`)
    .pluck()
    .get(document) as string | null | undefined;
  return sha256 === null || sha256 === undefined ? [] : locatePages(db, sha256);
}
