import type {
  Doc,
  DocProblem,
  DocResult,
  LocatedMention,
  OcrPageRead,
  PageStems,
  TextFingerprint,
} from "../types.js";
import type { Db } from "./db.js";
import { saveLayoutRow } from "./locations.js";
import { prepared } from "./prepared.js";
import { problemLine } from "../problem.js";

const now = () => new Date().toISOString();

/**
 * A document's outcome ready to store. `stems`: page number → the page's stems and pair filter, as matching found
 * them.
 */
export type DocumentWrite = {
  readonly runId: number;
  readonly result: DocResult;
  readonly mentions: readonly LocatedMention[];
  /** The version of the location rules (locate/'s LOCATE_VERSION) that gave the mentions' locations and the layout. */
  readonly locateVersion: number;
  /** The layout of the document's content (locate/), kept beside its pages for later lexicon edits and searches. */
  readonly layout?: object | null;
  readonly extractor: string | null;
  readonly stems?: ReadonlyMap<number, PageStems>;
  /** The OCR settings its pages without a text layer were read with ("off", or engine and thresholds). */
  readonly ocr?: string | null;
  /** Its text as the duplicate rules compare it, for a document just read; else what is stored stands. */
  readonly fingerprint?: TextFingerprint | null;
};

const stemsText = (page: PageStems | undefined) =>
  page === undefined ? null : ` ${[...page.stems].join(" ")} `;
// A view of the filter's bytes, which better-sqlite3 stores as a BLOB.
const pairsBlob = (page: PageStems | undefined) =>
  page === undefined
    ? null
    : Buffer.from(
        page.pairs.buffer,
        page.pairs.byteOffset,
        page.pairs.byteLength,
      );

/** A document's problem as its columns: the data, and its one line (`error`) for exports and older readers. */
const problemColumns = (problem: DocProblem | null) => ({
  error: problemLine(problem),
  problem: problem === null ? null : JSON.stringify(problem),
});

/**
 * Saves one document's outcome, its pages and its mentions in one transaction: a crash leaves either the
 * previous state of the document or the new one, never a mix.
 */
export function saveDocument(db: Db, write: DocumentWrite): void {
  const { runId, result, mentions, extractor } = write;
  const { doc } = result;
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO documents (document, plan_id, role, manifest_order, sha256, bytes, pages, status,
         pages_without_text, error, duplicate_of, manifest_sha256, in_manifest, removed, scan_run_id, extractor,
         pages_ocr, pages_picture, ocr, pages_blank, warnings, repaired, duplicate_reason, read_status, read_error,
         page_hashes, words, near_duplicate_of, pages_shared, stopped_by, stopped_limit, problem)
       VALUES (@document, @plan, @role, @order, @sha256, @bytes, @pages, @status, @withoutText, @error,
         @duplicateOf, @manifestSha256, @inManifest, 0, @runId, @extractor, @pagesOcr, @pagesPicture, @ocr,
         @blank, @warnings, @repaired, @duplicateReason, NULL, NULL, @pageHashes, @words, NULL, NULL, @stoppedBy,
         @stoppedLimit, @problem)
       ON CONFLICT (document) DO UPDATE SET plan_id = excluded.plan_id, role = excluded.role,
         manifest_order = excluded.manifest_order, sha256 = excluded.sha256, bytes = excluded.bytes,
         pages = excluded.pages, status = excluded.status, pages_without_text = excluded.pages_without_text,
         error = excluded.error, duplicate_of = excluded.duplicate_of, manifest_sha256 = excluded.manifest_sha256,
         in_manifest = excluded.in_manifest, removed = 0, scan_run_id = excluded.scan_run_id,
         extractor = excluded.extractor, pages_ocr = excluded.pages_ocr, pages_picture = excluded.pages_picture,
         ocr = excluded.ocr, pages_blank = excluded.pages_blank, warnings = excluded.warnings,
         repaired = excluded.repaired, duplicate_reason = excluded.duplicate_reason, read_status = NULL,
         read_error = NULL, read_problem = NULL, page_hashes = COALESCE(excluded.page_hashes, page_hashes),
         words = COALESCE(excluded.words, words), near_duplicate_of = NULL, pages_shared = NULL,
         stopped_by = excluded.stopped_by, stopped_limit = excluded.stopped_limit, problem = excluded.problem`,
    ).run({
      document: doc.path,
      plan: doc.planId,
      role: doc.role,
      order: doc.order,
      sha256: result.sha256,
      bytes: result.bytes,
      pages: result.pageCount,
      status: result.status,
      withoutText: JSON.stringify(result.pagesWithoutText),
      ...problemColumns(result.problem),
      duplicateOf: result.duplicateOf,
      manifestSha256: doc.manifestSha256,
      inManifest: doc.inManifest ? 1 : 0,
      runId,
      extractor,
      pagesOcr: JSON.stringify(result.pagesOcr),
      pagesPicture: JSON.stringify(result.pagesPicture),
      ocr: write.ocr ?? null,
      blank: JSON.stringify(result.blankPages),
      warnings: JSON.stringify(result.warnings),
      repaired: result.repaired ? 1 : 0,
      duplicateReason: result.duplicateReason,
      pageHashes:
        write.fingerprint == null
          ? null
          : JSON.stringify(write.fingerprint.pageHashes),
      words: write.fingerprint?.words ?? null,
      stoppedBy: result.stopped?.by ?? null,
      stoppedLimit: result.stopped?.limit ?? null,
    });
    if (result.sha256 !== null) {
      // A page read again replaces what was stored: with OCR on or off its text and source differ.
      const insertPage = prepared(
        db,
        `INSERT INTO pages (sha256, page, text, has_text, stems, stem_pairs, boxes, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (sha256, page) DO UPDATE SET stems = COALESCE(excluded.stems, stems),
           stem_pairs = CASE WHEN excluded.stems IS NULL THEN stem_pairs ELSE excluded.stem_pairs END,
           boxes = COALESCE(excluded.boxes, boxes), text = excluded.text, has_text = excluded.has_text,
           source = excluded.source`,
      );
      for (const p of result.pages) {
        const stems = write.stems?.get(p.page);
        insertPage.run(
          result.sha256,
          p.page,
          p.raw,
          p.hasText ? 1 : 0,
          stemsText(stems),
          pairsBlob(stems),
          p.boxes === undefined ? null : JSON.stringify(p.boxes),
          p.source ?? "text",
        );
      }
      saveOcrReads(db, result.sha256, result.ocrPages ?? []);
      // After the pages: storing a page drops the layout kept for its content (migrations/010).
      if (write.layout != null)
        saveLayoutRow(db, result.sha256, write.locateVersion, write.layout);
    }
    prepared(db, `DELETE FROM mentions WHERE document = ?`).run(doc.path);
    insertMentions(db, runId, mentions, write.locateVersion);
  })();
}

/** Saves what OCR read on a document's pages, by content and engine; a page read again replaces its row. */
export function saveOcrReads(
  db: Db,
  sha256: string,
  reads: readonly OcrPageRead[],
): void {
  const insert = prepared(
    db,
    `INSERT OR REPLACE INTO ocr_pages (sha256, page, engine, skew_degrees, words, failure, read_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of reads)
    insert.run(
      sha256,
      r.page,
      r.engine,
      r.skewDegrees,
      JSON.stringify(r.words),
      r.failure,
      now(),
    );
}

function insertMentions(
  db: Db,
  runId: number,
  mentions: readonly LocatedMention[],
  locateVersion: number,
): void {
  const insert = prepared(
    db,
    `INSERT INTO mentions (mention_id, document, page, term_id, concept, headline, start, end, surface,
       left_context, right_context, scan_run_id, boxes, location, location_version, source, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of mentions)
    insert.run(
      m.mentionId,
      m.document,
      m.page,
      m.termId,
      m.concept,
      m.headline ? 1 : 0,
      m.span.start,
      m.span.end,
      m.surface,
      m.leftContext,
      m.rightContext,
      runId,
      JSON.stringify(m.boxes),
      m.location,
      m.location === null ? null : locateVersion,
      m.source,
      m.confidence,
    );
}

/**
 * After a lexicon edit: replaces the mentions of the given pages of a document (matched again from stored
 * text, located by rules `locateVersion` where known) and saves their stems, in one transaction.
 */
export function savePageMentions(
  db: Db,
  runId: number,
  doc: Doc,
  sha256: string,
  stems: ReadonlyMap<number, PageStems>,
  mentions: readonly LocatedMention[],
  locateVersion: number,
): void {
  db.transaction(() => {
    saveManifestFields(db, doc);
    const drop = prepared(
      db,
      `DELETE FROM mentions WHERE document = ? AND page = ?`,
    );
    const setStems = prepared(
      db,
      `UPDATE pages SET stems = ?, stem_pairs = ? WHERE sha256 = ? AND page = ?`,
    );
    for (const [page, pageStems] of stems) {
      drop.run(doc.path, page);
      setStems.run(stemsText(pageStems), pairsBlob(pageStems), sha256, page);
    }
    insertMentions(db, runId, mentions, locateVersion);
  })();
}

/** Updates what the manifest says of a document that was neither re-read nor re-matched. */
export function saveManifestFields(db: Db, doc: Doc): void {
  prepared(
    db,
    `UPDATE documents SET plan_id = ?, role = ?, manifest_order = ?, manifest_sha256 = ?, in_manifest = ?
     WHERE document = ?`,
  ).run(
    doc.planId,
    doc.role,
    doc.order,
    doc.manifestSha256,
    doc.inManifest ? 1 : 0,
    doc.path,
  );
}

/**
 * Saves documents that are no longer in the corpus as removed and drops their mentions, so they leave the
 * statistic; verdicts are kept (they are in their own table).
 */
export function saveRemovedDocuments(
  db: Db,
  present: readonly string[],
): string[] {
  const keep = new Set(present);
  const gone = (
    db
      .prepare(`SELECT document FROM documents WHERE removed = 0`)
      .pluck()
      .all() as string[]
  ).filter((d) => !keep.has(d));
  db.transaction(() => {
    for (const d of gone) {
      db.prepare(`DELETE FROM mentions WHERE document = ?`).run(d);
      db.prepare(`UPDATE documents SET removed = 1 WHERE document = ?`).run(d);
    }
  })();
  return gone;
}
