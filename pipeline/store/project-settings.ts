import { READING_DEFAULTS, THRESHOLD_MENTIONS } from "../defaults.js";
import type { ProjectSettings } from "../types.js";
import type { Db } from "./db.js";

type Row = {
  corpus: string;
  lexicon_given: string | null;
  lexicon_path: string | null;
  lexicon_sha256: string | null;
  ocr: "auto" | "off" | null;
  ocr_min_words: number | null;
  ocr_min_confidence: number | null;
  timeout_seconds: number | null;
  max_memory_mb: number | null;
  threshold: number | null;
};

/** What the database remembers of its project (a setting never recorded reads as the default); null before any scan. */
export function readProjectSettings(db: Db): ProjectSettings | null {
  const row = db
    .prepare(
      `SELECT corpus, lexicon_given, lexicon_path, lexicon_sha256, ocr, ocr_min_words, ocr_min_confidence,
              timeout_seconds, max_memory_mb, threshold
       FROM project_settings WHERE id = 1`,
    )
    .get() as Row | undefined;
  if (row === undefined) return null;
  return {
    corpus: row.corpus,
    lexiconGiven: row.lexicon_given,
    lexiconPath: row.lexicon_path,
    lexiconSha256: row.lexicon_sha256,
    reading: {
      ocr: row.ocr ?? READING_DEFAULTS.ocr,
      ocrMinWords: row.ocr_min_words ?? READING_DEFAULTS.ocrMinWords,
      ocrMinConfidence:
        row.ocr_min_confidence ?? READING_DEFAULTS.ocrMinConfidence,
      timeoutSeconds: row.timeout_seconds ?? READING_DEFAULTS.timeoutSeconds,
      maxMemoryMb: row.max_memory_mb ?? READING_DEFAULTS.maxMemoryMb,
    },
    threshold: row.threshold ?? THRESHOLD_MENTIONS,
  };
}

/** Remembers the project's corpus and settings (the scan that uses them records them as it starts). */
export function saveProjectSettings(db: Db, s: ProjectSettings): void {
  db.prepare(
    `INSERT INTO project_settings (id, corpus, lexicon_given, lexicon_path, lexicon_sha256, ocr, ocr_min_words,
       ocr_min_confidence, timeout_seconds, max_memory_mb, threshold, updated_at)
     VALUES (1, @corpus, @lexiconGiven, @lexiconPath, @lexiconSha256, @ocr, @ocrMinWords, @ocrMinConfidence,
       @timeoutSeconds, @maxMemoryMb, @threshold, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET corpus = excluded.corpus, lexicon_given = excluded.lexicon_given,
       lexicon_path = excluded.lexicon_path, lexicon_sha256 = excluded.lexicon_sha256, ocr = excluded.ocr,
       ocr_min_words = excluded.ocr_min_words, ocr_min_confidence = excluded.ocr_min_confidence,
       timeout_seconds = excluded.timeout_seconds, max_memory_mb = excluded.max_memory_mb,
       threshold = excluded.threshold, updated_at = excluded.updated_at`,
  ).run({
    corpus: s.corpus,
    lexiconGiven: s.lexiconGiven,
    lexiconPath: s.lexiconPath,
    lexiconSha256: s.lexiconSha256,
    ...s.reading,
    threshold: s.threshold,
    updatedAt: new Date().toISOString(),
  });
}

/** Documents the database holds now (not removed): what scanning another corpus into it would mark removed. */
export function countHeldDocuments(db: Db): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM documents WHERE removed = 0`)
      .get() as { n: number }
  ).n;
}
