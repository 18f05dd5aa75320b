import type {
  DocStatus,
  DuplicateReason,
  Location,
  MentionSource,
  PlanFacts,
  Rect,
} from "../types.js";
import { STANDING_PASSAGES } from "./coded-passages.js";
import { declaredPagesByDocument } from "./page-declarations.js";
import type { Db } from "./db.js";

/**
 * A mention row as stored, with its plan (the columns of the CLI contract but the verdict and note, which audit/
 * works out from the verdict history, then extras).
 */
export type StoredMention = {
  mention_id: string;
  plan_id: string;
  document: string;
  page: number;
  term_id: string;
  concept: string;
  surface: string;
  left_context: string;
  right_context: string;
  headline: boolean;
  start: number;
  end: number;
  /** Where the mention stands in its document; null only while it is being worked out. */
  location: Location | null;
  /** Where to highlight it on its page, PDF user space (empty when not known). */
  boxes: Rect[];
  /** `ocr` when its page was read by OCR, `analyst` for a passage an analyst coded, else `text`. */
  source: MentionSource;
  /** OCR only: mean Tesseract confidence (0-100) of its words; null for text. */
  confidence: number | null;
  /** False for a mention in a duplicate (spec v2.1 point 3): kept and shown, never counted nor audited. */
  counted: boolean;
};

/** A document row as exported (columns of the CLI contract, in order, then extras). */
export type DocumentRow = {
  plan_id: string;
  document: string;
  sha256: string | null;
  pages: number | null;
  status: DocStatus;
  pages_without_text: number[];
  error: string | null;
  duplicate_of: string | null;
  bytes: number | null;
  role: string;
  in_manifest: boolean;
  manifest_sha256: string | null;
  /** Pages read by OCR as `ocr` and as `picture` (spec v2.0 point 3). */
  pages_ocr: number[];
  pages_picture: number[];
  /** Pages that paint nothing (spec v2.1 point 1). */
  pages_blank: number[];
  /** Why a duplicate repeats duplicate_of: same bytes, same text, or declared (spec v2.1 point 3). */
  duplicate_reason: DuplicateReason | null;
  /** The earlier document it shares most of its pages with (a near-duplicate: both count), and how many. */
  near_duplicate_of: string | null;
  pages_shared: number | null;
  /** What pdf.js reported while reading the file, one line each. */
  warnings: string[];
  /** pdf.js rebuilt the file's structure to read it: its pages may be incomplete. */
  repaired: boolean;
};

/**
 * Every mention of the documents still in the corpus, in corpus order: those the scan found and the passages
 * analysts coded that stand (source `analyst`, term `analyst`, never headline; spec v2.1 point 4).
 */
export function readMentions(db: Db): StoredMention[] {
  const rows = db
    .prepare(
      `SELECT m.mention_id, d.plan_id, m.document, m.page, m.term_id, m.concept, m.surface, m.left_context,
              m.right_context, m.headline, m.start, m.end, m.location, m.boxes, m.source, m.confidence,
              d.status <> 'duplicate' AS counted, d.manifest_order
       FROM mentions m JOIN documents d ON d.document = m.document
       WHERE d.removed = 0
       UNION ALL
       SELECT c.mention_id, d.plan_id, c.document, c.page, 'analyst', c.concept, c.surface, c.left_context,
              c.right_context, 0, c.start, c.end, c.location, c.boxes, 'analyst', NULL,
              d.status <> 'duplicate', d.manifest_order
       FROM ${STANDING_PASSAGES}
       ORDER BY 2, 18, 4, 11`,
    )
    .all() as (Omit<StoredMention, "headline" | "boxes" | "counted"> & {
    headline: number;
    boxes: string | null;
    counted: number;
    manifest_order: number;
  })[];
  return rows.map(({ manifest_order: _order, ...r }) => ({
    ...r,
    headline: r.headline === 1,
    counted: r.counted === 1,
    boxes: r.boxes === null ? [] : (JSON.parse(r.boxes) as Rect[]),
  }));
}

/** Every document still in the corpus, in manifest order. */
export function readDocuments(db: Db): DocumentRow[] {
  const rows = db
    .prepare(
      `SELECT plan_id, document, sha256, pages, status, pages_without_text, error, duplicate_of, bytes, role,
              in_manifest, manifest_sha256, pages_ocr, pages_picture, pages_blank, duplicate_reason,
              near_duplicate_of, pages_shared, warnings, repaired
       FROM documents WHERE removed = 0 ORDER BY manifest_order, document`,
    )
    .all() as (Omit<DocumentRow, Listed | "in_manifest" | "repaired"> &
    Record<Listed, string> & { in_manifest: number; repaired: number })[];
  return rows.map((r) => ({
    ...r,
    pages_without_text: JSON.parse(r.pages_without_text) as number[],
    pages_ocr: JSON.parse(r.pages_ocr) as number[],
    pages_picture: JSON.parse(r.pages_picture) as number[],
    pages_blank: JSON.parse(r.pages_blank) as number[],
    warnings: JSON.parse(r.warnings) as string[],
    in_manifest: r.in_manifest === 1,
    repaired: r.repaired === 1,
  }));
}

/** Columns stored as JSON arrays. */
type Listed =
  | "pages_without_text"
  | "pages_ocr"
  | "pages_picture"
  | "pages_blank"
  | "warnings";

/**
 * Per-plan facts for the statistic: headline and related mentions over the plan's documents (a duplicate holds
 * none), and each of its documents with its status, the pages it could not read and the pages of those an analyst
 * declared read (the standing declarations on its present file). stats/ decides from them which documents leave
 * the plan unread, so stats, exports, the report, audit and the bundle agree.
 */
export function readPlanFacts(db: Db): PlanFacts[] {
  const plans = db
    .prepare(
      `SELECT p.plan_id AS plan, p.name, p.region,
              (SELECT count(*) FROM mentions m JOIN documents d ON d.document = m.document
                WHERE d.plan_id = p.plan_id AND d.removed = 0 AND d.status <> 'duplicate' AND m.headline = 1) AS headline,
              (SELECT count(*) FROM mentions m JOIN documents d ON d.document = m.document
                WHERE d.plan_id = p.plan_id AND d.removed = 0 AND d.status <> 'duplicate' AND m.headline = 0) AS related
       FROM plans p
       WHERE EXISTS (SELECT 1 FROM documents d WHERE d.plan_id = p.plan_id AND d.removed = 0)
       ORDER BY p.plan_id`,
    )
    .all() as Omit<PlanFacts, "documents">[];
  const documents = db.prepare(
    `SELECT document, status, error, pages_without_text FROM documents
     WHERE plan_id = ? AND removed = 0 ORDER BY manifest_order`,
  );
  const declared = declaredPagesByDocument(db);
  return plans.map((p) => ({
    ...p,
    documents: (
      documents.all(p.plan) as {
        document: string;
        status: DocStatus;
        error: string | null;
        pages_without_text: string;
      }[]
    ).map((d) => ({
      document: d.document,
      status: d.status,
      error: d.error,
      pagesWithoutText: JSON.parse(d.pages_without_text) as number[],
      pagesDeclaredRead: [...(declared.get(d.document) ?? [])],
    })),
  }));
}

/** Documents and pages per plan still in the corpus. */
export function readPlanSizes(
  db: Db,
): Map<string, { documents: number; pages: number }> {
  const rows = db
    .prepare(
      `SELECT plan_id, count(*) AS documents, COALESCE(sum(pages), 0) AS pages FROM documents
       WHERE removed = 0 GROUP BY plan_id`,
    )
    .all() as { plan_id: string; documents: number; pages: number }[];
  return new Map(
    rows.map((r) => [r.plan_id, { documents: r.documents, pages: r.pages }]),
  );
}

/** Plans with a document still in the corpus. */
export function readPlanIds(db: Db): string[] {
  return db
    .prepare(
      `SELECT DISTINCT plan_id FROM documents WHERE removed = 0 ORDER BY plan_id`,
    )
    .pluck()
    .all() as string[];
}
