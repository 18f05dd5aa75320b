-- Schema version 3: a verdict is either one auditor's judgement ('judge') or the settlement of a disagreement
-- between auditors ('settle'), which the statistic then uses.
ALTER TABLE verdicts ADD COLUMN kind TEXT NOT NULL DEFAULT 'judge' CHECK (kind IN ('judge', 'settle'));
