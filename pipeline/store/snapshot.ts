import type { DocStatus, PageText } from "../types.js";
import type { Db } from "./open-database.js";

/** What the database held about one document before a scan. */
export type StoredDocument = {
  readonly sha256: string | null;
  readonly status: DocStatus;
  readonly extractor: string | null;
  readonly removed: boolean;
  readonly pageCount: number | null;
  readonly pagesWithoutText: readonly number[];
  readonly error: string | null;
};

/** The state a re-run is compared with: documents, mentions, verdicts and the lexicon of the last scan. */
export type Snapshot = {
  readonly documents: ReadonlyMap<string, StoredDocument>;
  /** mention id → term id, for documents still in the corpus. */
  readonly mentions: ReadonlyMap<string, string>;
  /** mention id → its latest verdict, for every mention ever judged. */
  readonly verdicts: ReadonlyMap<string, string>;
  /** sha256 of the lexicon of the last finished scan, or null before the first. */
  readonly lexiconSha256: string | null;
  readonly lastRunId: number | null;
};

/** Reads what a scan needs to decide what to redo and to report what it changed. */
export function readSnapshot(db: Db): Snapshot {
  const docs = db
    .prepare(`SELECT document, sha256, status, extractor, removed, pages, pages_without_text, error FROM documents`)
    .all() as { document: string; sha256: string | null; status: DocStatus; extractor: string | null; removed: number;
      pages: number | null; pages_without_text: string; error: string | null }[];
  const mentions = db
    .prepare(`SELECT m.mention_id, m.term_id FROM mentions m JOIN documents d ON d.document = m.document WHERE d.removed = 0`)
    .all() as { mention_id: string; term_id: string }[];
  const verdicts = db
    .prepare(`SELECT mention_id, verdict FROM verdicts v WHERE verdict_id =
                (SELECT max(verdict_id) FROM verdicts w WHERE w.mention_id = v.mention_id)`)
    .all() as { mention_id: string; verdict: string }[];
  const run = db
    .prepare(`SELECT run_id, lexicon_sha256 FROM scan_runs WHERE finished_at IS NOT NULL ORDER BY run_id DESC LIMIT 1`)
    .get() as { run_id: number; lexicon_sha256: string } | undefined;
  return {
    documents: new Map(
      docs.map((d) => [d.document, { sha256: d.sha256, status: d.status, extractor: d.extractor, removed: d.removed === 1,
        pageCount: d.pages, pagesWithoutText: JSON.parse(d.pages_without_text) as number[], error: d.error }]),
    ),
    mentions: new Map(mentions.map((m) => [m.mention_id, m.term_id])),
    verdicts: new Map(verdicts.map((v) => [v.mention_id, v.verdict])),
    lexiconSha256: run?.lexicon_sha256 ?? null,
    lastRunId: run?.run_id ?? null,
  };
}

/** The stored page text of a document's content, in page order. */
export function readPages(db: Db, sha256: string): PageText[] {
  const rows = db.prepare(`SELECT page, text, has_text FROM pages WHERE sha256 = ? ORDER BY page`).all(sha256) as {
    page: number; text: string; has_text: number }[];
  return rows.map((r) => ({ pageNumber: r.page, raw: r.text, hasText: r.has_text === 1 }));
}
