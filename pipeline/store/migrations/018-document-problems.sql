-- Schema version 18: a document's Problem (types.ts) is kept as data, not only as its one line, so that a document
-- kept from an earlier scan keeps it whole (file, status, reason, pages, cause), as one read in this run has it.
--   problem:      the Problem as JSON ({"file", "status", "reason", "pages"?, "cause"?}); null when the status is
--                 ok or the document repeats a readable one. `cause` is the original error's name and message.
--   read_problem: the Problem its own reading gave, kept beside read_status and read_error while it is a duplicate
--                 by text or declaration (status then says 'duplicate'); null otherwise.
-- `error` stays, always the problem's one line (`<file>: <reason>`): exports, bundles and older readers show it.
ALTER TABLE documents ADD COLUMN problem TEXT CHECK (problem IS NULL OR json_valid(problem));
ALTER TABLE documents ADD COLUMN read_problem TEXT CHECK (read_problem IS NULL OR json_valid(read_problem));

-- Rows written before get their problem from the stored line: the file is the document, the status the row's,
-- the reason the line without "<document>: ". A document without text, whole or in part, was about the pages
-- it lists as without text; a damaged page's number and any cause were never stored, so they stay unknown.
UPDATE documents SET problem = json_object(
    'file', document,
    'status', status,
    'reason', CASE WHEN substr(error, 1, length(document) + 2) = document || ': '
                   THEN substr(error, length(document) + 3) ELSE error END)
  WHERE error IS NOT NULL AND status NOT IN ('ok', 'duplicate');
UPDATE documents SET problem = json_set(problem, '$.pages', json(pages_without_text))
  WHERE problem IS NOT NULL AND status IN ('no-text', 'partial-text') AND duplicate_of IS NULL;
UPDATE documents SET read_problem = json_object(
    'file', document,
    'status', read_status,
    'reason', CASE WHEN substr(read_error, 1, length(document) + 2) = document || ': '
                   THEN substr(read_error, length(document) + 3) ELSE read_error END)
  WHERE read_error IS NOT NULL AND read_status NOT IN ('ok', 'duplicate');
UPDATE documents SET read_problem = json_set(read_problem, '$.pages', json(pages_without_text))
  WHERE read_problem IS NOT NULL AND read_status IN ('no-text', 'partial-text');
