-- Schema version 20: beyond the words (spec v2.1 points 4 and 5). Passages the lexicon misses, coded by an analyst,
-- and the elusion sample: pages of plans that do not count, drawn at random and judged, to bound what is missed.
-- Every table here is append-only, like verdicts.

-- A passage an analyst coded (`stp-scan code`): a span of a page's text with a concept, a name and a note. It is a
-- mention with source 'analyst' (term_id 'analyst'), never headline: it counts towards the broad statistic only.
-- The latest row for a mention_id decides whether it stands (withdrawn 0) or was withdrawn (`--undo`, withdrawn 1).
-- A coded passage holds for the file it was coded on (sha256): on a changed file it stops counting until coded again.
CREATE TABLE coded_passages (
  row_id        INTEGER PRIMARY KEY,
  mention_id    TEXT NOT NULL,               -- as a lexical mention's: document, page, 'analyst:<concept>', words around
  document      TEXT NOT NULL,               -- path relative to the corpus root
  sha256        TEXT NOT NULL,               -- of the file when the passage was coded
  page          INTEGER NOT NULL,            -- 1-based
  start         INTEGER NOT NULL,            -- [start, end) into pages.text
  end           INTEGER NOT NULL,
  surface       TEXT NOT NULL,               -- pages.text between start and end, exactly
  left_context  TEXT NOT NULL,               -- words before, whitespace collapsed
  right_context TEXT NOT NULL,
  concept       TEXT NOT NULL,
  location      TEXT,                        -- where it stands (locations.md); null when it could not be worked out
  boxes         TEXT,                        -- [[x0, y0, x1, y1], ...], PDF user space, as mentions.boxes
  auditor       TEXT NOT NULL,
  note          TEXT NOT NULL,
  coded_at      TEXT NOT NULL,               -- ISO 8601, UTC
  withdrawn     INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
) STRICT;
CREATE INDEX coded_passages_mention ON coded_passages (mention_id, row_id);
CREATE INDEX coded_passages_document ON coded_passages (document, sha256);
CREATE TRIGGER coded_passages_no_update BEFORE UPDATE ON coded_passages
BEGIN SELECT RAISE(ABORT, 'coded_passages is append-only'); END;
CREATE TRIGGER coded_passages_no_delete BEFORE DELETE ON coded_passages
BEGIN SELECT RAISE(ABORT, 'coded_passages is append-only'); END;

-- One elusion draw (`stp-scan elusion draw`): the pages it drew from (its frame, in the order the draw reads them)
-- and what decided them, so that the same seed over the same frame gives the same pages again (`verify`).
CREATE TABLE elusion_draws (
  draw_id   INTEGER PRIMARY KEY,
  seed      INTEGER NOT NULL,
  size      INTEGER NOT NULL,                -- pages asked for; fewer are drawn when the frame is smaller
  concept   TEXT NOT NULL,                   -- the broad statistic's concept
  threshold INTEGER NOT NULL,                -- mentions a plan needed to count when the frame was made
  frame     TEXT NOT NULL CHECK (json_valid(frame)), -- [[plan, document, sha256, page], ...]
  auditor   TEXT NOT NULL,
  drawn_at  TEXT NOT NULL                    -- ISO 8601, UTC
) STRICT;
CREATE TRIGGER elusion_draws_no_update BEFORE UPDATE ON elusion_draws
BEGIN SELECT RAISE(ABORT, 'elusion_draws is append-only'); END;
CREATE TRIGGER elusion_draws_no_delete BEFORE DELETE ON elusion_draws
BEGIN SELECT RAISE(ABORT, 'elusion_draws is append-only'); END;

-- The pages a draw gave, numbered from 1 in the order drawn.
CREATE TABLE elusion_items (
  draw_id  INTEGER NOT NULL REFERENCES elusion_draws (draw_id),
  item     INTEGER NOT NULL,                 -- 1-based, in the order drawn
  plan_id  TEXT NOT NULL,
  document TEXT NOT NULL,
  sha256   TEXT NOT NULL,
  page     INTEGER NOT NULL,                 -- 1-based
  PRIMARY KEY (draw_id, item)
) STRICT;
CREATE TRIGGER elusion_items_no_update BEFORE UPDATE ON elusion_items
BEGIN SELECT RAISE(ABORT, 'elusion_items is append-only'); END;
CREATE TRIGGER elusion_items_no_delete BEFORE DELETE ON elusion_items
BEGIN SELECT RAISE(ABORT, 'elusion_items is append-only'); END;

-- "Does this page discuss the concept?": the latest row for a draw's item is its answer; 'withdrawn' takes an answer
-- back (the item is unjudged again).
CREATE TABLE elusion_judgements (
  judgement_id INTEGER PRIMARY KEY,
  draw_id      INTEGER NOT NULL REFERENCES elusion_draws (draw_id),
  item         INTEGER NOT NULL,
  answer       TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'withdrawn')),
  auditor      TEXT NOT NULL,
  note         TEXT,
  judged_at    TEXT NOT NULL                 -- ISO 8601, UTC
) STRICT;
CREATE INDEX elusion_judgements_item ON elusion_judgements (draw_id, item, judgement_id);
CREATE TRIGGER elusion_judgements_no_update BEFORE UPDATE ON elusion_judgements
BEGIN SELECT RAISE(ABORT, 'elusion_judgements is append-only'); END;
CREATE TRIGGER elusion_judgements_no_delete BEFORE DELETE ON elusion_judgements
BEGIN SELECT RAISE(ABORT, 'elusion_judgements is append-only'); END;
