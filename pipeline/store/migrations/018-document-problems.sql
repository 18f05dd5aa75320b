-- Schema version 18: a document's Problem (types.ts) is kept as data, not only as its one line, so that a document
-- kept from an earlier scan keeps it whole (file, status, reason, pages, cause), as one read in this run has it.
--   problem:      the Problem as JSON ({"file", "status", "reason", "pages"?, "cause"?}); null when the status is
--                 ok or the document repeats a readable one. `cause` is the original error's name and message.
--   read_problem: the Problem its own reading gave, kept beside read_status and read_error while it is a duplicate
--                 by text or declaration (status then says 'duplicate'); null otherwise.
-- `error` stays, always the problem's one line (`<file>: <reason>`): exports, bundles and older readers show it.
ALTER TABLE documents ADD COLUMN problem TEXT CHECK (problem IS NULL OR json_valid(problem));
ALTER TABLE documents ADD COLUMN read_problem TEXT CHECK (read_problem IS NULL OR json_valid(read_problem));

-- Rows written before get their problem (and a duplicate its problem aside) from the stored line: the file is the
-- document, the status the row's, the reason the line without "<document>: ". A document without text, whole or in
-- part, was about the pages it lists as without text (not a copy of one by its bytes, whose line names the
-- original); a damaged page's number and any cause were never stored, so they stay unknown.
WITH lines (document, aside, status, line, pages) AS (
    SELECT document, 0, status, error, CASE WHEN duplicate_of IS NULL THEN pages_without_text END FROM documents
    UNION ALL
    SELECT document, 1, read_status, read_error, pages_without_text FROM documents),
  parsed (document, aside, problem) AS (
    SELECT document, aside, CASE WHEN status IN ('no-text', 'partial-text') AND pages IS NOT NULL
                                 THEN json_set(problem, '$.pages', json(pages)) ELSE problem END
    FROM (SELECT document, aside, status, pages, json_object(
            'file', document,
            'status', status,
            'reason', CASE WHEN substr(line, 1, length(document) + 2) = document || ': '
                           THEN substr(line, length(document) + 3) ELSE line END) AS problem
          FROM lines WHERE line IS NOT NULL AND status NOT IN ('ok', 'duplicate')))
UPDATE documents SET
  problem = (SELECT problem FROM parsed p WHERE p.document = documents.document AND p.aside = 0),
  read_problem = (SELECT problem FROM parsed p WHERE p.document = documents.document AND p.aside = 1);
