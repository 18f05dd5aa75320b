// A scan run's record: its start, its end with the lexicon it matched with, the corpus's plans, and the latest
// finished run read back.
import type { Plan, RunInfo, Term } from "../types.js";
import type { Db } from "./db.js";

const now = () => new Date().toISOString();

/** Saves the start of a scan run; returns its id. */
export function saveRunStart(db: Db, info: RunInfo): number {
  const result = db
    .prepare(
      `INSERT INTO scan_runs (started_at, corpus, lexicon_path, lexicon_sha256, tool_version, pdfjs_version,
         natural_version, node_version, ocr_engine)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      now(),
      info.corpus,
      info.lexiconPath,
      info.lexiconSha256,
      info.toolVersion,
      info.pdfjsVersion,
      info.naturalVersion,
      info.nodeVersion,
      info.ocrEngine ?? null,
    );
  return Number(result.lastInsertRowid);
}

/**
 * Saves the end of a scan run with its totals and the lexicon it matched with, in one transaction: the stored
 * terms are always those of the last finished run, which is what the next run compares its lexicon with. A run
 * killed before this point leaves the previous run's terms, so the next run still sees the edit.
 */
export function saveRunEnd(
  db: Db,
  runId: number,
  totals: { documents: number; pages: number; mentions: number },
  terms: readonly Term[],
): void {
  db.transaction(() => {
    replaceTerms(db, terms);
    db.prepare(
      `UPDATE scan_runs SET finished_at = ?, documents = ?, pages = ?, mentions = ? WHERE run_id = ?`,
    ).run(now(), totals.documents, totals.pages, totals.mentions, runId);
  })();
}

function replaceTerms(db: Db, terms: readonly Term[]): void {
  const insertTerm = db.prepare(
    `INSERT INTO terms (term_id, phrase, concept, headline) VALUES (?, ?, ?, ?)`,
  );
  db.prepare(`DELETE FROM terms`).run();
  for (const t of terms)
    insertTerm.run(t.id, t.phrase, t.concept, t.headline ? 1 : 0);
}

/** Upserts the corpus's plans (documents refer to them), in one transaction. */
export function savePlans(db: Db, plans: readonly Plan[]): void {
  const upsertPlan = db.prepare(
    `INSERT INTO plans (plan_id, name, region) VALUES (?, ?, ?)
     ON CONFLICT (plan_id) DO UPDATE SET name = excluded.name, region = excluded.region`,
  );
  db.transaction(() => {
    for (const p of plans) upsertPlan.run(p.id, p.name, p.region);
  })();
}

/** The latest finished scan run: what the report's provenance, a re-run and the OCR figures need of it. */
export type StoredRun = Omit<RunInfo, "ocrEngine"> & {
  readonly runId: number;
  readonly finishedAt: string;
  /** The OCR engine it read pages without a text layer with; null with OCR off (or before schema 6). */
  readonly ocrEngine: string | null;
};

/** The latest finished scan run, or null when there is none: the one query for it. */
export function readLatestRunInfo(db: Db): StoredRun | null {
  return (
    (db
      .prepare(
        `SELECT run_id AS runId, finished_at AS finishedAt, corpus, lexicon_path AS lexiconPath, lexicon_sha256 AS lexiconSha256,
                tool_version AS toolVersion, pdfjs_version AS pdfjsVersion, natural_version AS naturalVersion, node_version AS nodeVersion,
                ocr_engine AS ocrEngine
         FROM scan_runs WHERE finished_at IS NOT NULL ORDER BY run_id DESC LIMIT 1`,
      )
      .get() as StoredRun | undefined) ?? null
  );
}

/** The lexicon of the latest scan. */
export function readTerms(db: Db): Term[] {
  const rows = db
    .prepare(
      `SELECT term_id, phrase, concept, headline FROM terms ORDER BY rowid`,
    )
    .all() as {
    term_id: string;
    phrase: string;
    concept: string;
    headline: number;
  }[];
  return rows.map((t) => ({
    id: t.term_id,
    phrase: t.phrase,
    concept: t.concept,
    headline: t.headline === 1,
  }));
}
