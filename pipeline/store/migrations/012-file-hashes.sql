-- Schema version 12: the sha256 of each corpus file as last worked out, with the file's identity on disk then
-- (corpus/file-hash.ts: device, inode, size, modification and change times), so a re-scan reads and hashes
-- again only the files whose identity changed. Derived: a row that does not match is simply hashed again, and
-- `scan --force` hashes every file. IF NOT EXISTS: see 009.
CREATE TABLE IF NOT EXISTS file_hashes (
  file     TEXT PRIMARY KEY,                  -- absolute path as the scan opened it
  identity TEXT NOT NULL,
  sha256   TEXT NOT NULL
) STRICT;
