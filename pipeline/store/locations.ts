import {
  documentLayout,
  LOCATE_VERSION,
  locateMentions,
  locateMentionsInLayout,
  type DocumentLayout,
  type LocatePage,
  type MentionPlace,
} from "../locate/index.js";
import type { Location } from "../types.js";
import { keepIfWritable } from "./explore-state.js";
import type { Db } from "./open-database.js";
import { readPages } from "./snapshot.js";

/**
 * Works out the location of every mention that has none yet, or one from older rules, from the stored
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
    const locations = locateInContent(
      db,
      sha256,
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

/**
 * The layout of a document content (running lines, contents pages...), kept in document_layouts: computed from
 * all its pages the first time, and kept where the database can be written.
 */
export function readDocumentLayout(db: Db, sha256: string): DocumentLayout {
  const kept = db
    .prepare(
      `SELECT layout FROM document_layouts WHERE sha256 = ? AND version = ?`,
    )
    .pluck()
    .get(sha256, LOCATE_VERSION) as string | undefined;
  if (kept !== undefined) return JSON.parse(kept) as DocumentLayout;
  const layout = documentLayout(locatePages(db, sha256));
  keepLayout(db, sha256, layout);
  return layout;
}

/** Keeps a document content's layout, where the database can be written (explore commands may open it read-only). */
function keepLayout(db: Db, sha256: string, layout: DocumentLayout): void {
  keepIfWritable(() =>
    db
      .prepare(
        `INSERT OR REPLACE INTO document_layouts (sha256, version, layout) VALUES (?, ?, ?)`,
      )
      .run(sha256, LOCATE_VERSION, JSON.stringify(layout)),
  );
}

/**
 * Where the mentions of a document just read stand, from its pages in hand (stored already, so that the layout
 * kept is not dropped by the pages' triggers). The layout is kept: a lexicon edit that adds mentions to the
 * document, or a search, then reads only the pages those stand on. The same locations as locateMentions.
 */
export function locateReadDocument(
  db: Db,
  sha256: string | null,
  pages: readonly LocatePage[],
  places: readonly MentionPlace[],
): Location[] {
  if (sha256 === null) return locateMentions(pages, places);
  const layout = documentLayout(pages);
  keepLayout(db, sha256, layout);
  const on = new Set(places.map((p) => p.pageNumber));
  return locateMentionsInLayout(
    layout,
    pages.filter((p) => on.has(p.pageNumber)),
    places,
  );
}

/**
 * Where places of a document stand (locateMentions), reading only the pages they are on once the document's
 * layout is kept; every place is "body" when the document has no stored content.
 */
export function locateInDocument(
  db: Db,
  document: string,
  places: readonly MentionPlace[],
): Location[] {
  const sha256 = db
    .prepare(`SELECT sha256 FROM documents WHERE document = ?`)
    .pluck()
    .get(document) as string | null | undefined;
  return sha256 === null || sha256 === undefined
    ? locateMentions([], places)
    : locateInContent(db, sha256, places);
}

/**
 * locateInDocument for a document content: the layout kept (or worked out from every page and kept), then only
 * the pages the places stand on. A scan locates its new mentions this way too, so after a lexicon edit it reads
 * the few pages that gained one instead of whole documents with their boxes.
 */
function locateInContent(
  db: Db,
  sha256: string,
  places: readonly MentionPlace[],
): Location[] {
  const layout = readDocumentLayout(db, sha256);
  const numbers = new Set(places.map((p) => p.pageNumber));
  const read = db.prepare(
    `SELECT page, text, boxes FROM pages WHERE sha256 = ? AND page = ?`,
  );
  const pages = [...numbers]
    .sort((a, b) => a - b)
    .flatMap((n): LocatePage[] => {
      const r = read.get(sha256, n) as
        { page: number; text: string; boxes: string | null } | undefined;
      return r === undefined
        ? []
        : [
            {
              pageNumber: r.page,
              raw: r.text,
              boxes:
                r.boxes === null
                  ? null
                  : (JSON.parse(r.boxes) as LocatePage["boxes"]),
            },
          ];
    });
  return locateMentionsInLayout(layout, pages, places);
}
