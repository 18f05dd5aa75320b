-- Schema version 8: pages an analyst declares read (spec v2.0 §Pages without a text layer, point 5; issue 15
-- `corpus accept-pages`). Append-only, like verdicts: the latest row for a document's file and page says
-- whether the declaration stands (withdrawn 0) or was withdrawn (`--undo`, withdrawn 1). A declaration holds
-- for the file it was made on (sha256): a changed file is unreadable again until declared again.
CREATE TABLE page_declarations (
  declaration_id INTEGER PRIMARY KEY,
  document       TEXT NOT NULL,               -- path relative to the corpus root
  sha256         TEXT NOT NULL,               -- of the file when the page was declared
  page           INTEGER NOT NULL,            -- 1-based
  auditor        TEXT NOT NULL,
  note           TEXT NOT NULL,
  declared_at    TEXT NOT NULL,               -- ISO 8601, UTC
  withdrawn      INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
) STRICT;
CREATE INDEX page_declarations_page ON page_declarations (document, sha256, page, declaration_id);

-- The history is never rewritten.
CREATE TRIGGER page_declarations_no_update BEFORE UPDATE ON page_declarations
BEGIN SELECT RAISE(ABORT, 'page_declarations is append-only'); END;
CREATE TRIGGER page_declarations_no_delete BEFORE DELETE ON page_declarations
BEGIN SELECT RAISE(ABORT, 'page_declarations is append-only'); END;
