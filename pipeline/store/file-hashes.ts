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

/** Saves these files' hashes (replacing those saved for them) and deletes those of the files listed in `gone`. */
export function saveFileHashes(
  db: Db,
  hashes: ReadonlyMap<string, KnownHash>,
  gone: readonly string[],
): void {
  if (hashes.size === 0 && gone.length === 0) return;
  const save = prepared(
    db,
    `INSERT OR REPLACE INTO file_hashes (file, identity, sha256) VALUES (?, ?, ?)`,
  );
  const remove = prepared(db, `DELETE FROM file_hashes WHERE file = ?`);
  db.transaction(() => {
    for (const file of gone) remove.run(file);
    for (const [file, k] of hashes) save.run(file, k.identity, k.sha256);
  })();
}
