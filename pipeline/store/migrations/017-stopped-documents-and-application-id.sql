-- Schema version 17: a document the pipeline stopped, rather than one the file itself made unreadable, says what
-- stopped it and under which limit, so that a scan run with another limit reads it again (scan/plan-work.ts).
-- The status set stays as it was: a crashed reader keeps `corrupt` (what the statistic and exports group by) and
-- stopped_by tells it from a damaged file.
--   stopped_by:    'time limit' (status timeout), 'memory limit' (too-large), 'reader crash' (corrupt: the worker
--                  died or failed on it, which says nothing about the file; read again at every scan); null for
--                  any other document.
--   stopped_limit: the limit then in force, seconds (--timeout) or MB (--max-memory); null for a crash, and for
--                  rows stopped before this version (the limit is unknown, so they are read again once).
ALTER TABLE documents ADD COLUMN stopped_by TEXT
  CHECK (stopped_by IN ('time limit', 'memory limit', 'reader crash'));
ALTER TABLE documents ADD COLUMN stopped_limit REAL;
UPDATE documents SET stopped_by = CASE
    WHEN status = 'timeout' THEN 'time limit'
    WHEN status = 'too-large' THEN 'memory limit'
    ELSE 'reader crash' END
  WHERE status IN ('timeout', 'too-large')
     OR (status = 'corrupt' AND (error LIKE '%: the reader crashed on it (%' OR error LIKE '%: the reader stopped on it (%'
                                 OR error LIKE '%: cannot be read (%'));
UPDATE documents SET stopped_by = CASE
    WHEN read_status = 'timeout' THEN 'time limit'
    WHEN read_status = 'too-large' THEN 'memory limit' END
  WHERE read_status IN ('timeout', 'too-large');

-- Marks the file as stp-scan's ("STPS" in ASCII), so that a command given another program's SQLite file refuses
-- it instead of adding tables to it (store/database-identity.ts). Databases from before carry 0 and are told by
-- their tables.
PRAGMA application_id = 1398034515;
