import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { findTempFiles, JOURNAL_FILE, readJournal } from "./add-journal.js";
import { loadCorpus, sha256OfFile } from "../corpus/index.js";
import * as store from "../store/index.js";
import { DB_FILE } from "../defaults.js";
import { counted } from "../plural.js";

/** Where the manifest, the files on disk and the database disagree; `documents` counts the corpus's documents. */
export type CorpusCheck = {
  readonly documents: number;
  readonly disagreements: readonly string[];
};

/**
 * Compares manifest.csv, the files under plans/ and the database, changing nothing: malformed rows, missing
 * and unlisted files (loadCorpus's warnings), files whose sha256 differs from their row, leftovers of an
 * interrupted add, and a database that is behind (documents not scanned yet, scanned with other bytes, or
 * gone from the corpus but not from the database). A manifest that is not CSV at all is one disagreement.
 */
export function checkCorpus(corpusDir: string, dbFile: string): CorpusCheck {
  const root = resolve(corpusDir);
  let corpus;
  try {
    corpus = loadCorpus(root);
  } catch (error) {
    if (!existsSync(root)) throw error;
    return { documents: 0, disagreements: [(error as Error).message] };
  }
  const found = corpus.warnings.map((w) => w.reason);
  const onDisk = new Map<string, string>();
  for (const doc of corpus.docs.filter((d) => d.existsOnDisk)) {
    const sha256 = sha256OfFile(join(root, doc.path));
    onDisk.set(doc.path, sha256);
    if (doc.manifestSha256 !== null && doc.manifestSha256 !== sha256) {
      found.push(
        `${doc.path}: sha256 differs from manifest.csv (file changed since it was listed?)`,
      );
    }
  }
  const journal = readJournal(root);
  const listed = new Set(
    corpus.docs.filter((d) => d.inManifest).map((d) => d.path),
  );
  const unlisted = (journal?.files ?? []).filter((f) => !listed.has(f.path));
  for (const file of unlisted)
    found.push(
      `${file.path}: copied by an interrupted add but not listed; stp-scan corpus repair (or the next add) removes it`,
    );
  if (journal !== null && unlisted.length === 0)
    found.push(
      `${JOURNAL_FILE}: left by an interrupted add (its files are listed); stp-scan corpus repair removes it`,
    );
  for (const temp of findTempFiles(root))
    found.push(
      `${temp}: temporary file left by an interrupted add; stp-scan corpus repair (or the next add) removes it`,
    );
  found.push(...compareDatabase(dbFile, onDisk));
  return { documents: corpus.docs.length, disagreements: found };
}

/** The scan that brings this database up to date, as the analyst types it. */
const rescan = (dbFile: string) =>
  dbFile === DB_FILE ? "stp-scan scan" : `stp-scan scan --db ${dbFile}`;

/** Lines on how the database differs from the files on disk (path → sha256). */
function compareDatabase(
  dbFile: string,
  onDisk: ReadonlyMap<string, string>,
): string[] {
  if (!existsSync(dbFile)) {
    return onDisk.size === 0
      ? []
      : [
          `database behind: ${counted(onDisk.size, "document")} not scanned yet (no database at ${dbFile}); run ${rescan(dbFile)}`,
        ];
  }
  const db = store.openDatabase(dbFile, { mustExist: true, access: "read" });
  let rows;
  try {
    rows = new Map(store.readDocuments(db).map((r) => [r.document, r]));
  } finally {
    db.close();
  }
  const lines: string[] = [];
  const behind: string[] = [];
  for (const [path, sha256] of onDisk) {
    const row = rows.get(path);
    if (row === undefined || row.status === "missing") behind.push(path);
    else if (row.sha256 !== sha256)
      lines.push(
        `${path}: sha256 differs from the database (changed since the last scan); run ${rescan(dbFile)}`,
      );
  }
  for (const path of rows.keys()) {
    const row = rows.get(path);
    if (!onDisk.has(path) && row?.status !== "missing")
      lines.push(
        `${path}: in the database but no longer on disk; run ${rescan(dbFile)}`,
      );
  }
  if (behind.length > 0) {
    lines.unshift(
      `database behind: ${behind.length} ${behind.length === 1 ? "document" : "documents"} not scanned yet (${behind.slice(0, 5).join(", ")}${behind.length > 5 ? ", ..." : ""}); run ${rescan(dbFile)}`,
    );
  }
  return lines;
}
