-- Schema version 15: a database remembers its project, so that a command run without --corpus, --ocr or
-- --threshold uses what the database was scanned with, not the defaults. One row; a reading setting left null
-- was never recorded and reads as the default.
CREATE TABLE project_settings (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  corpus             TEXT NOT NULL,             -- absolute path of the corpus folder
  lexicon_given      TEXT,                      -- the lexicon given with --lexicon; null: the corpus's own, else v1
  lexicon_path       TEXT,                      -- the lexicon the last scan matched with
  lexicon_sha256     TEXT,
  ocr                TEXT CHECK (ocr IN ('auto', 'off')),
  ocr_min_words      INTEGER,
  ocr_min_confidence REAL,
  timeout_seconds    REAL,
  max_memory_mb      REAL,
  threshold          INTEGER CHECK (threshold >= 1),
  updated_at         TEXT NOT NULL              -- ISO 8601, UTC
) STRICT;

-- A database scanned before this version: its corpus and lexicon from the last finished run; OCR was on when a
-- document was read with OCR settings other than 'off'. Any other lexicon than the corpus's own lexicon.csv
-- or the built-in one was given with --lexicon. Thresholds and limits were not recorded.
INSERT INTO project_settings (id, corpus, lexicon_given, lexicon_path, lexicon_sha256, ocr, updated_at)
  SELECT 1, r.corpus,
         CASE WHEN r.lexicon_path = r.corpus || '/lexicon.csv' OR r.lexicon_path LIKE '%/pipeline/match/lexicon-v1.csv'
              THEN NULL ELSE r.lexicon_path END,
         r.lexicon_path, r.lexicon_sha256,
         CASE WHEN r.ocr_engine IS NOT NULL
                OR EXISTS (SELECT 1 FROM documents WHERE ocr IS NOT NULL AND ocr <> 'off' AND removed = 0)
              THEN 'auto' ELSE 'off' END,
         r.finished_at
  FROM scan_runs r WHERE r.finished_at IS NOT NULL ORDER BY r.run_id DESC LIMIT 1;
