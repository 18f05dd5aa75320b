import type { Term } from "../types.js";
import type { Db } from "./db.js";

/** The latest finished scan run: what the report's provenance, a re-run and the OCR figures need of it. */
export type StoredRun = {
  readonly runId: number;
  readonly finishedAt: string;
  readonly corpus: string;
  readonly lexiconPath: string;
  readonly lexiconSha256: string;
  readonly toolVersion: string;
  readonly pdfjsVersion: string;
  readonly naturalVersion: string;
  readonly nodeVersion: string;
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
