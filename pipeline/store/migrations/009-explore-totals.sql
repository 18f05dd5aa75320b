-- Schema version 9: what lets the explore commands answer without a pass over every page (issue 16's speed).
-- Everything here is derived from other tables and built lazily; dropping it loses nothing.
-- `explore_state` says whether the page index (page_vocabulary) covers every page of the corpus and whether
-- the corpus word totals (corpus_words) are those of the corpus as it stands, so a search need not check every
-- page for a missing index row. Each change to the pages or to which documents are in the corpus bumps
-- `generation` (the triggers below); the index and the totals are trusted only when they were made at the
-- current generation by the current code (`*_version`: VOCABULARY_VERSION), else checked or built again, lazily.
CREATE TABLE IF NOT EXISTS explore_state (
  id                    INTEGER PRIMARY KEY CHECK (id = 1),
  generation            INTEGER NOT NULL,      -- bumped by every change to pages or to the corpus's documents
  vocabulary_generation INTEGER,               -- every corpus page had its page_vocabulary row at this generation
  vocabulary_version    INTEGER,
  totals_generation     INTEGER,               -- corpus_words and totals_tokens were built at this generation
  totals_version        INTEGER,
  totals_tokens         INTEGER                -- tokens of the corpus (joined reading): N of collocates
) STRICT;
-- A database from before (or one whose index was dropped) is checked once; IF NOT EXISTS: a database taken back
-- to an older schema by hand (the schema-before tests) may still hold these.
INSERT OR REPLACE INTO explore_state (id, generation) VALUES (1, 0);
-- The word list of the whole corpus, as `words` lists it (every length, in its order: by count, then
-- alphabetically): the lower-cased word, its count in the joined readings of the corpus pages, the plans it
-- occurs in.
CREATE TABLE IF NOT EXISTS corpus_words (
  word  TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  plans INTEGER NOT NULL
) STRICT;
CREATE TRIGGER IF NOT EXISTS explore_page_added AFTER INSERT ON pages BEGIN
  UPDATE explore_state SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS explore_page_changed AFTER UPDATE OF text ON pages BEGIN
  UPDATE explore_state SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS explore_page_deleted AFTER DELETE ON pages BEGIN
  UPDATE explore_state SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS explore_document_added AFTER INSERT ON documents BEGIN
  UPDATE explore_state SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS explore_document_deleted AFTER DELETE ON documents BEGIN
  UPDATE explore_state SET generation = generation + 1;
END;
-- A re-scan touches every document's manifest columns: only a change to what the corpus holds counts.
CREATE TRIGGER IF NOT EXISTS explore_document_changed AFTER UPDATE ON documents
  WHEN OLD.plan_id IS NOT NEW.plan_id OR OLD.sha256 IS NOT NEW.sha256 OR OLD.removed IS NOT NEW.removed
    OR OLD.status IS NOT NEW.status OR OLD.pages IS NOT NEW.pages
BEGIN
  UPDATE explore_state SET generation = generation + 1;
END;
-- The index and the totals are safe to delete by hand (docs/database.md): then they are checked and built again.
CREATE TRIGGER IF NOT EXISTS explore_index_row_deleted AFTER DELETE ON page_vocabulary BEGIN
  UPDATE explore_state SET vocabulary_generation = NULL;
END;
CREATE TRIGGER IF NOT EXISTS explore_totals_deleted AFTER DELETE ON corpus_words BEGIN
  UPDATE explore_state SET totals_generation = NULL;
END;
