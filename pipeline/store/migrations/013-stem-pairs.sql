-- Schema version 13: beside a page's stems, a Bloom filter of the stems that stand side by side on it
-- (match/stem-pairs.ts: a power-of-two number of bytes, three bits a pair). After a lexicon edit, a page holding
-- every stem of a new phrase is read again only if the filter may hold each of the phrase's neighbouring pairs:
-- "integrated care" has both stems on a third of the shared corpus's pages and the phrase on none. Derived and
-- written with `stems`; NULL (rows from before) makes the scan read the page, as it did before.
ALTER TABLE pages ADD COLUMN stem_pairs BLOB;
