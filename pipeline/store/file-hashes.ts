import type { Db } from "./db.js";
import { prepared } from "./prepared.js";

/** A file's sha256 as last worked out, and the file's identity on disk then (migrations/012-file-hashes.sql). */
export type KnownHash = { readonly identity: string; readonly sha256: string };

/** Every file hash the database keeps, by absolute path. */
export function readFileHashes(db: Db): Map<string, KnownHash> {
  const rows = prepared(
    db,
    `SELECT file, identity, sha256 FROM file_hashes`,
  ).all() as { file: string; identity: string; sha256: string }[];
  return new Map(
    rows.map((r) => [r.file, { identity: r.identity, sha256: r.sha256 }]),
  );
}

/** Keeps these files' hashes (replacing what was kept for them) and forgets those of the files listed in `drop`. */
export function keepFileHashes(
  db: Db,
  keep: ReadonlyMap<string, KnownHash>,
  drop: readonly string[],
): void {
  if (keep.size === 0 && drop.length === 0) return;
  const put = prepared(
    db,
    `INSERT OR REPLACE INTO file_hashes (file, identity, sha256) VALUES (?, ?, ?)`,
  );
  const forget = prepared(db, `DELETE FROM file_hashes WHERE file = ?`);
  db.transaction(() => {
    for (const file of drop) forget.run(file);
    for (const [file, k] of keep) put.run(file, k.identity, k.sha256);
  })();
}
