-- Schema version 6: OCR of pages without a text layer (spec v2.0 §Pages without a text layer).
-- Old rows read as the text layer alone (as `--ocr off`): sources 'text', no OCR pages, no OCR settings.

-- Pages OCR read as `ocr` and as `picture` (JSON arrays of 1-based page numbers, as pages_without_text, which
-- now lists the unreadable pages), and the OCR settings the document's pages without a text layer were read
-- with ('off', or the engine and thresholds); null: written before version 6, read as 'off'.
ALTER TABLE documents ADD COLUMN pages_ocr TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN pages_picture TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN ocr TEXT;

-- Where a page's text comes from: its text layer ('text', blank pages too), or OCR ('ocr', 'picture');
-- 'unreadable': no usable text (OCR off, engine missing or failing, or too poor a scan).
ALTER TABLE pages ADD COLUMN source TEXT NOT NULL DEFAULT 'text'
  CHECK (source IN ('text', 'ocr', 'picture', 'unreadable'));

-- A mention on a page read by OCR: source 'ocr' and the mean Tesseract confidence (0-100) of its words.
ALTER TABLE mentions ADD COLUMN source TEXT NOT NULL DEFAULT 'text' CHECK (source IN ('text', 'ocr'));
ALTER TABLE mentions ADD COLUMN confidence REAL;

-- What the OCR engine read on a page, kept by file content and engine so that no page is read twice (scan
-- --force reads again), and a changed threshold classifies the page again from these words.
CREATE TABLE ocr_pages (
  sha256       TEXT NOT NULL,
  page         INTEGER NOT NULL,             -- 1-based
  engine       TEXT NOT NULL,                -- e.g. "tesseract 5.3.0 eng psm 3, 300 dpi grey, straightened (...)"
  skew_degrees REAL NOT NULL,                -- the page was straightened by this much (counter-clockwise as seen)
  words        TEXT NOT NULL,                -- JSON [{text, confidence, block, paragraph, line, box: [x0,y0,x1,y1]}]
  failure      TEXT,                         -- why the engine gave no words (crash, hang); null when it read it
  read_at      TEXT NOT NULL,                -- ISO 8601, UTC
  PRIMARY KEY (sha256, page, engine)
) STRICT;

-- The OCR engine of a run (null: OCR off, or no engine found).
ALTER TABLE scan_runs ADD COLUMN ocr_engine TEXT;
