-- Schema version 7: where each mention stands in its document (issue 17): heading, body, list, table, footnote,
-- caption, contents, running (a running header or footer) or references. Worked out from the stored page text
-- and boxes (pipeline/locate/), never from the PDF, so a database from before gets locations on first use
-- without reading a PDF again: both columns start null and store/locations.ts fills them.
ALTER TABLE mentions ADD COLUMN location TEXT CHECK (location IN ('heading', 'body', 'list', 'table', 'footnote',
  'caption', 'contents', 'running', 'references'));
ALTER TABLE mentions ADD COLUMN location_version INTEGER; -- the rules' version (LOCATE_VERSION) that gave it
