-- Schema version 14: what real documents brought (spec v2.1, issue 29). Rows written before read as before:
-- no blank pages, no warnings, not repaired, duplicates by bytes only; a re-scan reads every document again
-- (extractor 3) and fills the new columns.

-- Pages that paint nothing visible (JSON array of 1-based page numbers): never pages without text.
ALTER TABLE documents ADD COLUMN pages_blank TEXT NOT NULL DEFAULT '[]';
-- What pdf.js reported while reading the file (JSON array of lines), and whether it had to rebuild the file's
-- structure to read it (its pages may then be incomplete).
ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN repaired INTEGER NOT NULL DEFAULT 0 CHECK (repaired IN (0, 1));

-- Why a duplicate repeats duplicate_of: its bytes, its text (every page's normalised text), or an analyst's
-- declaration; null for any other document.
ALTER TABLE documents ADD COLUMN duplicate_reason TEXT
  CHECK (duplicate_reason IN ('same bytes', 'same text', 'declared'));
-- The status and error its own reading gave, kept while it is a duplicate by text or declaration (status then
-- says 'duplicate'), so that it gets them back when it no longer is; null otherwise.
ALTER TABLE documents ADD COLUMN read_status TEXT;
ALTER TABLE documents ADD COLUMN read_error TEXT;
-- The document's text, as the duplicate rules compare it (dedupe/text-fingerprint.ts): a JSON array of each
-- page's hash of its normalised text ('' for a page with none), and the words of all its pages; null when not
-- worked out yet (rows written before, unreadable files).
ALTER TABLE documents ADD COLUMN page_hashes TEXT;
ALTER TABLE documents ADD COLUMN words INTEGER;
-- A near-duplicate (spec v2.1 point 3): the earlier document it shares most of its pages with, and how many
-- pages (same place, same normalised text); null when none.
ALTER TABLE documents ADD COLUMN near_duplicate_of TEXT;
ALTER TABLE documents ADD COLUMN pages_shared INTEGER;

-- An analyst's declaration that a document repeats another (`corpus declare-duplicate`). Append-only, like
-- verdicts: the latest row for a document says whether it stands (withdrawn 0) or was withdrawn (`--undo`). It
-- holds for the file it was made on (sha256): a changed file counts again until declared again.
CREATE TABLE duplicate_declarations (
  declaration_id INTEGER PRIMARY KEY,
  document       TEXT NOT NULL,               -- path relative to the corpus root: the copy
  sha256         TEXT NOT NULL,               -- of the copy's file when it was declared
  duplicate_of   TEXT NOT NULL,               -- the document it repeats
  auditor        TEXT NOT NULL,
  note           TEXT NOT NULL,
  declared_at    TEXT NOT NULL,               -- ISO 8601, UTC
  withdrawn      INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
) STRICT;
CREATE INDEX duplicate_declarations_document ON duplicate_declarations (document, declaration_id);

CREATE TRIGGER duplicate_declarations_no_update BEFORE UPDATE ON duplicate_declarations
BEGIN SELECT RAISE(ABORT, 'duplicate_declarations is append-only'); END;
CREATE TRIGGER duplicate_declarations_no_delete BEFORE DELETE ON duplicate_declarations
BEGIN SELECT RAISE(ABORT, 'duplicate_declarations is append-only'); END;
