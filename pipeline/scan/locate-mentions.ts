import {
  documentLayout,
  LOCATE_VERSION,
  locateMentions,
  locateMentionsInLayout,
  type DocumentLayout,
  type LocatePage,
  type MentionPlace,
} from "../locate/index.js";
import { scanTables, type Db } from "../store/index.js";
import type {
  DocResult,
  LocatedMention,
  Location,
  MentionRecord,
  PageText,
} from "../types.js";

// The locate stage of the scan: where each mention stands, worked out from page text and boxes alone (never from
// the PDF), by the pages in hand for a document just read, else from the stored pages. A document content's
// layout (running lines, contents pages...) is kept beside its pages, so that a lexicon edit or a search then
// reads only the pages its mentions or places stand on.

/** Pages as the locate stage reads them. */
const locatePages = (pages: readonly PageText[]): LocatePage[] =>
  pages.map((p) => ({
    page: p.page,
    raw: p.raw,
    boxes: p.boxes ?? null,
  }));

/**
 * A document's mentions located from its pages in hand, and the layout to keep with them, so a scan does not read
 * the pages back. Locations are null (filled before the scan ends, fillLocations) when the pages are not here: a
 * document kept from the database whose mentions were matched again.
 */
export function locateDocument(
  result: Pick<DocResult, "sha256" | "pages">,
  mentions: readonly MentionRecord[],
): {
  readonly mentions: readonly LocatedMention[];
  readonly layout: DocumentLayout | null;
  readonly locateVersion: number;
} {
  const unlocated = {
    mentions: mentions.map((m) => ({ ...m, location: null })),
    layout: null,
    locateVersion: LOCATE_VERSION,
  };
  if (mentions.length === 0 || result.pages.length === 0) return unlocated;
  const pages = locatePages(result.pages);
  const places = mentions.map((m) => ({
    page: m.page,
    start: m.span.start,
  }));
  const layout = result.sha256 === null ? null : documentLayout(pages);
  const on = new Set(places.map((p) => p.page));
  const locations =
    layout === null
      ? locateMentions(pages, places)
      : locateMentionsInLayout(
          layout,
          pages.filter((p) => on.has(p.page)),
          places,
        );
  return {
    mentions: mentions.map((m, i) => ({
      ...m,
      location: locations[i] ?? null,
    })),
    layout,
    locateVersion: LOCATE_VERSION,
  };
}

/**
 * The mentions of a document's pages matched again after a lexicon edit, each found again (same id, so the same
 * span and page text) with the location it had; the new ones without, left for fillLocations, which reads only
 * their pages.
 */
export function locateFoundAgain(
  db: Db,
  document: string,
  pages: Iterable<number>,
  mentions: readonly MentionRecord[],
): { readonly mentions: LocatedMention[]; readonly locateVersion: number } {
  const kept = scanTables.readMentionLocations(
    db,
    document,
    pages,
    LOCATE_VERSION,
  );
  return {
    mentions: mentions.map((m) => ({
      ...m,
      location: kept.get(m.mentionId) ?? null,
    })),
    locateVersion: LOCATE_VERSION,
  };
}

/**
 * The layout of a document content: the one kept, else worked out from all its stored pages and kept (where the
 * database can be written: explore commands may not write it).
 */
export function readDocumentLayout(db: Db, sha256: string): DocumentLayout {
  const kept = scanTables.readLayout(db, sha256, LOCATE_VERSION);
  if (kept !== null) return kept as DocumentLayout;
  const layout = documentLayout(locatePages(scanTables.readPages(db, sha256)));
  scanTables.saveLayout(db, sha256, LOCATE_VERSION, layout);
  return layout;
}

/**
 * Where places of a stored document stand (locateMentions), reading only the pages they are on once the document's
 * layout is kept; every place is "body" when the document has no stored content.
 */
export function locateInDocument(
  db: Db,
  document: string,
  places: readonly MentionPlace[],
): Location[] {
  const sha256 = scanTables.readDocumentSha256(db, document);
  return sha256 === null
    ? locateMentions([], places)
    : locateInContent(db, sha256, places);
}

/**
 * locateInDocument for a document content: the layout kept (or worked out from every page and kept), then only
 * the pages the places stand on. A scan locates the mentions a lexicon edit added this way too, so it reads the
 * few pages that gained one instead of whole documents with their boxes.
 */
function locateInContent(
  db: Db,
  sha256: string,
  places: readonly MentionPlace[],
): Location[] {
  const layout = readDocumentLayout(db, sha256);
  const on = new Set(places.map((p) => p.page));
  return locateMentionsInLayout(
    layout,
    locatePages(scanTables.readPages(db, sha256, on)),
    places,
  );
}

/**
 * Works out the location of every mention that has none, or one from older rules, from the stored page text
 * and boxes alone: before a scan ends, and for a database from before (schema 7, or older location rules). One
 * transaction per document, so readers never see half of one. Gives how many mentions it located.
 */
export function fillLocations(db: Db): number {
  let located = 0;
  for (const { document, sha256 } of scanTables.readDocumentsToLocate(
    db,
    LOCATE_VERSION,
  )) {
    const mentions = scanTables.readMentionsToLocate(
      db,
      document,
      LOCATE_VERSION,
    );
    const locations = locateInContent(db, sha256, mentions);
    scanTables.saveLocations(
      db,
      LOCATE_VERSION,
      mentions.map((m, i) => ({
        mentionId: m.mentionId,
        location: locations[i] ?? "body",
      })),
    );
    located += mentions.length;
  }
  return located;
}
