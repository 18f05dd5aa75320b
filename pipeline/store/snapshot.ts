import type {
  DocProblem,
  DocStatus,
  Stopped,
  OcrPageRead,
  OcrWord,
  PageSource,
  PageText,
  Term,
  TextBox,
} from "../types.js";
import type { Db } from "./db.js";
import { prepared } from "./prepared.js";
import { readLatestRunInfo, readTerms } from "./runs.js";

/** What the database held about one document before a scan. */
export type StoredDocument = {
  readonly sha256: string | null;
  /**
   * The status its reading gave: a duplicate by text or declaration is stored as `duplicate` with this kept
   * beside it (read_status), and is decided again after every scan.
   */
  readonly status: DocStatus;
  readonly extractor: string | null;
  readonly removed: boolean;
  readonly pageCount: number | null;
  readonly pagesWithoutText: readonly number[];
  readonly pagesOcr: readonly number[];
  readonly pagesPicture: readonly number[];
  /** The OCR settings its pages without a text layer were read with (see scan/ocr-settings.ts); null before schema 6. */
  readonly ocr: string | null;
  /** Why its status is not ok, as its reading gave it (schema 18; before, made from the stored line). */
  readonly problem: DocProblem | null;
  readonly blankPages: readonly number[];
  readonly warnings: readonly string[];
  readonly repaired: boolean;
  /** What stopped its reading, when the pipeline did (schema 17); null: the file decided its status. */
  readonly stoppedBy: Stopped["by"] | null;
  /** The limit it was stopped under (seconds or MB); null for a crash, or when not known (stopped before 17). */
  readonly stoppedLimit: number | null;
};

/** The state a re-run is compared with: documents, mentions and the lexicon of the last scan. */
export type Snapshot = {
  readonly documents: ReadonlyMap<string, StoredDocument>;
  /** mention id → term id, for documents still in the corpus. */
  readonly mentions: ReadonlyMap<string, string>;
  /** sha256 of the lexicon of the last finished scan, or null before the first. */
  readonly lexiconSha256: string | null;
  readonly lastRunId: number | null;
  /**
   * Lexicon sha256s of runs started after the last finished one that never finished (killed): their documents
   * may hold mentions of those lexicons.
   */
  readonly unfinishedLexicons: ReadonlySet<string>;
  /** The lexicon of the last finished scan. */
  readonly terms: readonly Term[];
};

/** Reads what a scan needs to decide what to redo and to report what it changed. */
export function readSnapshot(db: Db): Snapshot {
  const docs = db
    .prepare(
      `SELECT document, sha256, COALESCE(read_status, status) AS status, extractor, removed, pages,
              pages_without_text, pages_ocr, pages_picture, ocr, pages_blank, warnings, repaired,
              CASE WHEN read_status IS NULL THEN problem ELSE read_problem END AS problem,
              stopped_by, stopped_limit
       FROM documents`,
    )
    .all() as {
    document: string;
    sha256: string | null;
    status: DocStatus;
    extractor: string | null;
    removed: number;
    pages: number | null;
    pages_without_text: string;
    pages_ocr: string;
    pages_picture: string;
    ocr: string | null;
    problem: string | null;
    pages_blank: string;
    warnings: string;
    repaired: number;
    stopped_by: Stopped["by"] | null;
    stopped_limit: number | null;
  }[];
  const mentions = db
    .prepare(
      `SELECT m.mention_id, m.term_id FROM mentions m JOIN documents d ON d.document = m.document WHERE d.removed = 0`,
    )
    .all() as { mention_id: string; term_id: string }[];
  const run = readLatestRunInfo(db);
  const unfinished = db
    .prepare(
      `SELECT DISTINCT lexicon_sha256 FROM scan_runs WHERE finished_at IS NULL AND run_id > ?`,
    )
    .pluck()
    .all(run?.runId ?? 0) as string[];
  return {
    documents: new Map(
      docs.map((d) => [
        d.document,
        {
          sha256: d.sha256,
          status: d.status,
          extractor: d.extractor,
          removed: d.removed === 1,
          pageCount: d.pages,
          pagesWithoutText: JSON.parse(d.pages_without_text) as number[],
          pagesOcr: JSON.parse(d.pages_ocr) as number[],
          pagesPicture: JSON.parse(d.pages_picture) as number[],
          ocr: d.ocr,
          problem:
            d.problem === null ? null : (JSON.parse(d.problem) as DocProblem),
          blankPages: JSON.parse(d.pages_blank) as number[],
          warnings: JSON.parse(d.warnings) as string[],
          repaired: d.repaired === 1,
          stoppedBy: d.stopped_by,
          stoppedLimit: d.stopped_limit,
        },
      ]),
    ),
    mentions: new Map(mentions.map((m) => [m.mention_id, m.term_id])),
    lexiconSha256: run?.lexiconSha256 ?? null,
    lastRunId: run?.runId ?? null,
    unfinishedLexicons: new Set(unfinished),
    terms: readTerms(db),
  };
}

/**
 * The stored page text of a document's content, in page order: only the pages listed, when given (chosen by
 * SQLite, so the others are never turned into strings), and without their boxes when `boxes` is false.
 */
export function readPages(
  db: Db,
  sha256: string,
  only?: ReadonlySet<number>,
  options: { readonly boxes?: boolean } = {},
): PageText[] {
  const boxes = options.boxes === false ? "NULL AS boxes" : "boxes";
  const rows = prepared(
    db,
    `SELECT page, text, has_text, ${boxes}, source FROM pages WHERE sha256 = ?
       ${only === undefined ? "" : "AND page IN (SELECT value FROM json_each(?))"} ORDER BY page`,
  ).all(
    ...(only === undefined ? [sha256] : [sha256, JSON.stringify([...only])]),
  ) as {
    page: number;
    text: string;
    has_text: number;
    boxes: string | null;
    source: PageSource;
  }[];
  return rows.map((r) => ({
    page: r.page,
    raw: r.text,
    hasText: r.has_text === 1,
    ...(r.boxes === null ? {} : { boxes: JSON.parse(r.boxes) as TextBox[] }),
    ...(r.source === "text" ? {} : { source: r.source }),
  }));
}

/**
 * Page number → the stems the page holds and its filter of adjacent stem pairs (null where the stems are not yet
 * known), for one document content.
 */
export function readPageStems(
  db: Db,
  sha256: string,
): Map<number, StoredStems | null> {
  const rows = prepared(
    db,
    `SELECT page, stems, stem_pairs FROM pages WHERE sha256 = ?`,
  ).all(sha256) as {
    page: number;
    stems: string | null;
    stem_pairs: Buffer | null;
  }[];
  return new Map(
    rows.map((r) => [
      r.page,
      r.stems === null ? null : storedStems(r.stems, r.stem_pairs),
    ]),
  );
}

/** A page's stems as stored, asked about one stem at a time, with its pair filter (null if not stored). */
export type StoredStems = {
  has(stem: string): boolean;
  readonly pairs: Uint8Array | null;
};

/**
 * The stored form is " a b c " (stems never hold a space), so a stem is looked up in the text itself: a lexicon
 * edit asks about a handful of stems on every page of the corpus, and splitting each page into a set cost more.
 */
const storedStems = (text: string, pairs: Buffer | null): StoredStems => ({
  has: (stem) => text.includes(` ${stem} `),
  pairs,
});

/** Page number → the term ids of a document's stored mentions on that page. */
export function readMentionTerms(
  db: Db,
  document: string,
): Map<number, Set<string>> {
  const rows = prepared(
    db,
    `SELECT page, term_id FROM mentions WHERE document = ?`,
  ).all(document) as { page: number; term_id: string }[];
  const byPage = new Map<number, Set<string>>();
  for (const r of rows)
    byPage.set(r.page, (byPage.get(r.page) ?? new Set()).add(r.term_id));
  return byPage;
}

/** What OCR read before on a document content, by the engine given: reused instead of reading a page again. */
export function readOcrReads(
  db: Db,
  sha256: string,
  engine: string,
): OcrPageRead[] {
  const rows = db
    .prepare(
      `SELECT page, engine, skew_degrees, words, failure FROM ocr_pages WHERE sha256 = ? AND engine = ?
       ORDER BY page`,
    )
    .all(sha256, engine) as {
    page: number;
    engine: string;
    skew_degrees: number;
    words: string;
    failure: string | null;
  }[];
  return rows.map((r) => ({
    page: r.page,
    engine: r.engine,
    skewDegrees: r.skew_degrees,
    words: JSON.parse(r.words) as OcrWord[],
    failure: r.failure,
  }));
}
