-- Schema version 5: an index of each stored page for the explore commands (search, words, collocates, clusters,
-- suggest), built lazily the first time one of them runs, so a database from before works without a re-scan.
-- A row is derived from pages.text alone; the triggers drop it when the page's text changes or goes, and
-- `version` lets a newer stp-scan rebuild rows an older one wrote.
CREATE TABLE page_vocabulary (
  sha256   TEXT NOT NULL,
  page     INTEGER NOT NULL,                  -- 1-based
  version  INTEGER NOT NULL,
  words    TEXT NOT NULL,                     -- " w1 w2 ... ": distinct lower-cased tokens, either hyphen reading
  stems    TEXT NOT NULL,                     -- " s1 s2 ... ": their distinct Porter stems
  counts   TEXT NOT NULL,                     -- JSON {word: count}, joined reading
  tokens   INTEGER NOT NULL,                  -- tokens of the joined reading
  joined   TEXT NOT NULL,                     -- the normalised text, joined reading
  compound TEXT,                              -- the compound reading; null when the page has no line-end hyphen
  PRIMARY KEY (sha256, page)
) STRICT;
CREATE TRIGGER page_vocabulary_text_changed AFTER UPDATE OF text ON pages BEGIN
  DELETE FROM page_vocabulary WHERE sha256 = OLD.sha256 AND page = OLD.page;
END;
CREATE TRIGGER page_vocabulary_page_deleted AFTER DELETE ON pages BEGIN
  DELETE FROM page_vocabulary WHERE sha256 = OLD.sha256 AND page = OLD.page;
END;
