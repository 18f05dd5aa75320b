-- Schema version 11: an inverted index of the page index's words and stems (SQLite FTS5, no positions), so a
-- search finds the pages holding its stems and exact words without reading every page's lists. One token per
-- list item: "s" + stem, "w" + word. Derived from page_vocabulary (rowid for rowid) and kept with it by the
-- triggers; filled here for a database from before. A page it names is still checked against page_vocabulary
-- itself, so a stale entry costs nothing but a look. IF NOT EXISTS: see 009.
CREATE VIRTUAL TABLE IF NOT EXISTS page_terms USING fts5(
  terms, content = '', contentless_delete = 1, detail = none,
  tokenize = "unicode61 remove_diacritics 0 tokenchars ''''"
);
DELETE FROM page_terms;
INSERT INTO page_terms (rowid, terms)
  SELECT rowid, replace(stems, ' ', ' s') || replace(words, ' ', ' w') FROM page_vocabulary;
CREATE TRIGGER IF NOT EXISTS page_terms_added AFTER INSERT ON page_vocabulary BEGIN
  INSERT OR REPLACE INTO page_terms (rowid, terms)
    VALUES (NEW.rowid, replace(NEW.stems, ' ', ' s') || replace(NEW.words, ' ', ' w'));
END;
CREATE TRIGGER IF NOT EXISTS page_terms_deleted AFTER DELETE ON page_vocabulary BEGIN
  DELETE FROM page_terms WHERE rowid = OLD.rowid;
END;
