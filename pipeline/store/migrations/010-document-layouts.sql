-- Schema version 10: what locating a search's places needs from the rest of each document (locate/:
-- DocumentLayout as JSON), kept from the first search that hits the document, so later searches read only the
-- pages their places stand on. Derived, built lazily: dropped when any page of the document is stored again;
-- `version` is LOCATE_VERSION. IF NOT EXISTS: see 009.
CREATE TABLE IF NOT EXISTS document_layouts (
  sha256  TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  layout  TEXT NOT NULL
) STRICT;
CREATE TRIGGER IF NOT EXISTS document_layout_page_added AFTER INSERT ON pages BEGIN
  DELETE FROM document_layouts WHERE sha256 = NEW.sha256;
END;
CREATE TRIGGER IF NOT EXISTS document_layout_page_changed AFTER UPDATE OF text, boxes ON pages BEGIN
  DELETE FROM document_layouts WHERE sha256 = OLD.sha256 OR sha256 = NEW.sha256;
END;
CREATE TRIGGER IF NOT EXISTS document_layout_page_deleted AFTER DELETE ON pages BEGIN
  DELETE FROM document_layouts WHERE sha256 = OLD.sha256;
END;
