import type { Location } from "../types.js";
import type { Db } from "./db.js";
import { prepared } from "./prepared.js";
import { saveIfWritable } from "./storage-error.js";

// Where each mention stands (migrations/007-mention-location.sql) and the layout of each document content
// (010-document-layouts.sql): worked out from the stored pages by the locate stage, which the scan runs, and kept
// here as given, with the version of the rules that gave them (`version`: LOCATE_VERSION).

/** A stored mention as locating it needs it: its page (1-based) and where it starts in the page's text. */
export type MentionToLocate = {
  readonly mentionId: string;
  readonly page: number;
  readonly start: number;
};

/** The documents, with their content's sha256, that hold a mention without a location from rules `version`. */
export function readDocumentsToLocate(
  db: Db,
  version: number,
): { document: string; sha256: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT m.document, d.sha256 FROM mentions m JOIN documents d ON d.document = m.document
       WHERE (m.location IS NULL OR m.location_version IS NOT ?) AND d.sha256 IS NOT NULL`,
    )
    .all(version) as { document: string; sha256: string }[];
}

/** A document's mentions without a location from rules `version` (one found again after a lexicon edit has its own). */
export function readMentionsToLocate(
  db: Db,
  document: string,
  version: number,
): MentionToLocate[] {
  return prepared(
    db,
    `SELECT mention_id AS mentionId, page, start FROM mentions
     WHERE document = ? AND (location IS NULL OR location_version IS NOT ?)`,
  ).all(document, version) as MentionToLocate[];
}

/** Saves mentions' locations from rules `version` in one transaction, so readers never see half a document's. */
export function saveLocations(
  db: Db,
  version: number,
  located: readonly {
    readonly mentionId: string;
    readonly location: Location;
  }[],
): void {
  const update = prepared(
    db,
    `UPDATE mentions SET location = ?, location_version = ? WHERE mention_id = ?`,
  );
  db.transaction(() => {
    for (const m of located) update.run(m.location, version, m.mentionId);
  })();
}

/** Mention id → location from rules `version`, for a document's mentions on the pages given. */
export function readMentionLocations(
  db: Db,
  document: string,
  pages: Iterable<number>,
  version: number,
): Map<string, Location> {
  const located = prepared(
    db,
    `SELECT mention_id, location FROM mentions WHERE document = ? AND page = ? AND location_version = ?`,
  );
  const found = new Map<string, Location>();
  for (const page of pages)
    for (const row of located.all(document, page, version) as {
      mention_id: string;
      location: Location;
    }[])
      found.set(row.mention_id, row.location);
  return found;
}

/** The sha256 of a document's content; null when it has none (a missing file) or is not stored. */
export function readDocumentSha256(db: Db, document: string): string | null {
  return (
    (db
      .prepare(`SELECT sha256 FROM documents WHERE document = ?`)
      .pluck()
      .get(document) as string | null | undefined) ?? null
  );
}

/** The layout kept for a document content by rules `version` (the value saved), or null. */
export function readLayout(db: Db, sha256: string, version: number): unknown {
  const kept = db
    .prepare(
      `SELECT layout FROM document_layouts WHERE sha256 = ? AND version = ?`,
    )
    .pluck()
    .get(sha256, version) as string | undefined;
  return kept === undefined ? null : (JSON.parse(kept) as unknown);
}

/**
 * Saves a document content's layout by rules `version` (dropped by the pages' triggers when a page of it is
 * stored again), where the database can be written: a reading command may not write it.
 */
export function saveLayout(
  db: Db,
  sha256: string,
  version: number,
  layout: object,
): void {
  saveIfWritable(() => saveLayoutRow(db, sha256, version, layout));
}

/** Saves a layout row, failing where the database cannot be written (saveDocument saves it after the pages). */
export function saveLayoutRow(
  db: Db,
  sha256: string,
  version: number,
  layout: object,
): void {
  prepared(
    db,
    `INSERT OR REPLACE INTO document_layouts (sha256, version, layout) VALUES (?, ?, ?)`,
  ).run(sha256, version, JSON.stringify(layout));
}
