-- Schema version 16: a verdict follows its passage when only the term that found it changes (docs/auditing.md).
-- The verdict history stays append-only: a carry copies the earlier mention's rows onto the mention now on the
-- same passage (new verdict rows) and says so here; the earlier rows are never changed. IF NOT EXISTS: tests
-- that fake an older database lower user_version without dropping this table.
CREATE TABLE IF NOT EXISTS verdict_carries (
  from_mention_id TEXT NOT NULL,              -- the mention no longer found (its verdict rows are kept)
  to_mention_id   TEXT NOT NULL,              -- the mention the scan found on the same passage
  scan_run_id     INTEGER NOT NULL REFERENCES scan_runs (run_id),
  copied          INTEGER NOT NULL CHECK (copied IN (0, 1)), -- 0: it already had the same verdict, nothing copied
  PRIMARY KEY (from_mention_id, to_mention_id)
) STRICT;
