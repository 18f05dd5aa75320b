-- Schema version 19: independent double coding (docs/auditing.md "A double-coding study").
-- A verdict may carry a reason, a code of the codebook (corpus/codebook.csv), and says whether it was given blind
-- (the auditor was shown no other auditor's verdict or note). Rows from before have no code and were not blind.
-- The history stays append-only: a settlement is a row of its own (kind 'settle'), the verdicts it settles are kept.
ALTER TABLE verdicts ADD COLUMN code TEXT;            -- codebook id; null: no reason given
ALTER TABLE verdicts ADD COLUMN blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1));

-- A random sample of mentions drawn for one auditor to code (audit sample), stratified by plan and concept and
-- recorded with its seed, so the same draw can be made again. An auditor's latest sample is their assignment;
-- earlier ones are kept. IF NOT EXISTS: tests that fake an older database lower user_version without dropping it.
CREATE TABLE IF NOT EXISTS audit_samples (
  sample_id  INTEGER PRIMARY KEY,
  auditor    TEXT NOT NULL,
  seed       INTEGER NOT NULL,             -- of the PRNG (audit/seeded-random.ts)
  asked      TEXT NOT NULL,                -- as given: "size 20" or "share 0.15"
  population INTEGER NOT NULL,             -- mentions it was drawn from (those that count)
  drawn_at   TEXT NOT NULL                 -- ISO 8601, UTC
) STRICT;
CREATE TABLE IF NOT EXISTS audit_sample_mentions (
  sample_id  INTEGER NOT NULL REFERENCES audit_samples (sample_id),
  mention_id TEXT NOT NULL,                -- no foreign key: like a verdict, it outlives its mention
  plan_id    TEXT NOT NULL,                -- its stratum: plan and concept
  concept    TEXT NOT NULL,
  PRIMARY KEY (sample_id, mention_id)
) STRICT;

-- Whether an auditor codes blind (audit blind on|off, and audit sample turns it on). Append-only: the latest row
-- for an auditor is in force; an auditor with no row is not blind.
CREATE TABLE IF NOT EXISTS auditor_modes (
  mode_id INTEGER PRIMARY KEY,
  auditor TEXT NOT NULL,
  blind   INTEGER NOT NULL CHECK (blind IN (0, 1)),
  set_at  TEXT NOT NULL                    -- ISO 8601, UTC
) STRICT;
