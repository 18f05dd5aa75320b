-- Schema version 2: documents stopped by a time or memory limit get a status of their own (`timeout`,
-- `too-large`), and each document records which extractor read it, so a re-run re-reads only documents whose
-- bytes or extractor changed. SQLite cannot alter a CHECK constraint, so the table is rebuilt.
CREATE TABLE documents_v2 (
  document           TEXT PRIMARY KEY,
  plan_id            TEXT NOT NULL REFERENCES plans (plan_id),
  role               TEXT NOT NULL,
  manifest_order     INTEGER NOT NULL,
  sha256             TEXT,
  bytes              INTEGER,
  pages              INTEGER,
  status             TEXT NOT NULL CHECK (status IN ('ok', 'encrypted', 'corrupt', 'not-pdf', 'empty', 'no-text',
                                                      'partial-text', 'duplicate', 'missing', 'timeout', 'too-large')),
  pages_without_text TEXT NOT NULL DEFAULT '[]',
  error              TEXT,
  duplicate_of       TEXT,
  manifest_sha256    TEXT,
  in_manifest        INTEGER NOT NULL CHECK (in_manifest IN (0, 1)),
  removed            INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  scan_run_id        INTEGER NOT NULL REFERENCES scan_runs (run_id),
  extractor          TEXT                     -- e.g. "pdfjs-dist 5.6.205 / stp-scan extract 1"; null: read before v2
) STRICT;
INSERT INTO documents_v2 (document, plan_id, role, manifest_order, sha256, bytes, pages, status, pages_without_text,
                          error, duplicate_of, manifest_sha256, in_manifest, removed, scan_run_id)
  SELECT document, plan_id, role, manifest_order, sha256, bytes, pages, status, pages_without_text, error,
         duplicate_of, manifest_sha256, in_manifest, removed, scan_run_id FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
CREATE INDEX documents_plan ON documents (plan_id);

-- The distinct Porter stems a page holds (space-separated, in either line-end hyphen reading). After a lexicon
-- edit only pages holding every stem of a new term, or a mention of a changed term, are matched again.
-- Null: not known yet (the page is matched again when the lexicon changes).
ALTER TABLE pages ADD COLUMN stems TEXT;
