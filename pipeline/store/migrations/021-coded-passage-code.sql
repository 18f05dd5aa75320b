-- Schema version 21: a coded passage's reason. The browser codes a passage with a concept, a reason from the
-- codebook and a note, as a verdict carries one; passages coded before have none (null).
ALTER TABLE coded_passages ADD COLUMN code TEXT;                -- a codebook id whose counts_as is accept; null: none
