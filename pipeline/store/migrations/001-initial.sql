-- stp-scan database, schema version 1. One file per corpus scan target; SQLite in WAL mode.
-- Offsets are UTF-16 code units into pages.text (the page text exactly as extracted); page numbers are 1-based.

-- One row per `stp-scan scan`: what produced the rows it wrote (lexicon hash, tool versions).
CREATE TABLE scan_runs (
  run_id          INTEGER PRIMARY KEY,
  started_at      TEXT NOT NULL,              -- ISO 8601, UTC
  finished_at     TEXT,                       -- null while running or when the run died
  corpus          TEXT NOT NULL,              -- absolute path of the corpus folder
  lexicon_path    TEXT NOT NULL,
  lexicon_sha256  TEXT NOT NULL,
  tool_version    TEXT NOT NULL,
  pdfjs_version   TEXT NOT NULL,
  natural_version TEXT NOT NULL,
  node_version    TEXT NOT NULL,
  documents       INTEGER,
  pages           INTEGER,
  mentions        INTEGER
) STRICT;

-- One STP footprint.
CREATE TABLE plans (
  plan_id TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  region  TEXT NOT NULL
) STRICT;

-- One file of the corpus (manifest row or PDF found under plans/).
CREATE TABLE documents (
  document           TEXT PRIMARY KEY,        -- path relative to the corpus root
  plan_id            TEXT NOT NULL REFERENCES plans (plan_id),
  role               TEXT NOT NULL,           -- manifest document_role (plan, summary, appendix...)
  manifest_order     INTEGER NOT NULL,        -- 0-based; decides which copy of the same bytes is the original
  sha256             TEXT,                    -- of the bytes read; null when the file is missing
  bytes              INTEGER,
  pages              INTEGER,                 -- null when no page count could be read
  status             TEXT NOT NULL CHECK (status IN ('ok', 'encrypted', 'corrupt', 'not-pdf', 'empty', 'no-text',
                                                      'partial-text', 'duplicate', 'missing')),
  pages_without_text TEXT NOT NULL DEFAULT '[]', -- JSON array of 1-based page numbers
  error              TEXT,                    -- one-line reason for any status but ok
  duplicate_of       TEXT,                    -- the original's path, for a duplicate
  manifest_sha256    TEXT,                    -- what the manifest claims, when it says
  in_manifest        INTEGER NOT NULL CHECK (in_manifest IN (0, 1)),
  removed            INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)), -- 1: no longer in the corpus
  scan_run_id        INTEGER NOT NULL REFERENCES scan_runs (run_id)
) STRICT;
CREATE INDEX documents_plan ON documents (plan_id);

-- Extracted page text, stored once per distinct file content.
CREATE TABLE pages (
  sha256   TEXT NOT NULL,
  page     INTEGER NOT NULL,                  -- 1-based
  text     TEXT NOT NULL,                     -- as extracted: items in stream order, "\n" at each line end
  has_text INTEGER NOT NULL CHECK (has_text IN (0, 1)),
  PRIMARY KEY (sha256, page)
) STRICT;

-- The lexicon of the latest scan.
CREATE TABLE terms (
  term_id  TEXT PRIMARY KEY,
  phrase   TEXT NOT NULL,
  concept  TEXT NOT NULL,
  headline INTEGER NOT NULL CHECK (headline IN (0, 1))
) STRICT;

-- One mention (spec: a resolved span on one page). mention_id is derived from the document, page, term
-- and surrounding words, so it stays the same when the same passage is found again.
CREATE TABLE mentions (
  mention_id    TEXT PRIMARY KEY,
  document      TEXT NOT NULL REFERENCES documents (document),
  page          INTEGER NOT NULL,             -- 1-based
  term_id       TEXT NOT NULL,
  concept       TEXT NOT NULL,
  headline      INTEGER NOT NULL CHECK (headline IN (0, 1)),
  start         INTEGER NOT NULL,             -- [start, end) into pages.text
  end           INTEGER NOT NULL,
  surface       TEXT NOT NULL,                -- pages.text between start and end, exactly
  left_context  TEXT NOT NULL,                -- words before, whitespace collapsed
  right_context TEXT NOT NULL,
  scan_run_id   INTEGER NOT NULL REFERENCES scan_runs (run_id)
) STRICT;
CREATE INDEX mentions_document_page ON mentions (document, page);

-- Audit verdicts, append-only: the latest row for a mention is its verdict. No foreign key on purpose: a
-- verdict outlives its mention (it is then reported as orphaned, never deleted).
CREATE TABLE verdicts (
  verdict_id INTEGER PRIMARY KEY,
  mention_id TEXT NOT NULL,
  verdict    TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected', 'pending')),
  auditor    TEXT NOT NULL,
  note       TEXT,
  decided_at TEXT NOT NULL                    -- ISO 8601, UTC
) STRICT;
CREATE INDEX verdicts_mention ON verdicts (mention_id, verdict_id);
