import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusError } from "./load-corpus.js";
import { MANIFEST_FILE } from "./manifest.js";
import {
  appendManifestText,
  manifestHeader,
  type ManifestEntry,
} from "./manifest-text.js";
import { writeFileAtomic } from "./write-file-atomic.js";
import { parse } from "csv-parse/sync";

/**
 * Appends rows to `<root>/manifest.csv` atomically (see writeFileAtomic), keeping its bytes, column order and
 * line ends. Returns the values the manifest has no column for. Throws, naming the file and the reason, when
 * the manifest cannot take a row (no plan_id or path column, unreadable header) or cannot be written.
 */
export function appendManifest(
  root: string,
  entries: readonly ManifestEntry[],
): readonly string[] {
  const file = join(root, MANIFEST_FILE);
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const appended = appendManifestText(text, entries);
  if (!appended.ok)
    throw new CorpusError({
      ...appended.problem,
      file: MANIFEST_FILE,
      reason: `cannot add a row: ${appended.problem.reason}`,
    });
  writeFileAtomic(file, appended.value.text);
  return appended.value.unplaced;
}

/** Whether the manifest has a column (lower case, as readCsv reads headers); false without a readable manifest. */
export function manifestHasColumn(root: string, column: string): boolean {
  const file = join(root, MANIFEST_FILE);
  if (!existsSync(file)) return false;
  try {
    return manifestHeader(readFileSync(file, "utf8")).includes(column);
  } catch {
    return false;
  }
}

/**
 * Takes the rows whose path is `path` out of `<root>/manifest.csv` atomically, keeping every other byte (header,
 * other rows, quoting, line ends) as it was. Returns how many rows went. Throws, naming the file, when the manifest
 * cannot be read as CSV or has no path column.
 */
export function removeManifestRows(root: string, path: string): number {
  const file = join(root, MANIFEST_FILE);
  const bytes = readFileSync(file);
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new CorpusError({
      file: MANIFEST_FILE,
      reason: `not readable as CSV (${(error as Error).message})`,
      cause: error,
    });
  }
  const column = (records[0]?.record ?? []).findIndex(
    (h) => h.trim().toLowerCase() === "path",
  );
  if (column < 0)
    throw new CorpusError({
      file: MANIFEST_FILE,
      reason: `it has no "path" column`,
    });
  // Each record's bytes run from where the one before it ended to its own end (info.bytes).
  const kept: Buffer[] = [];
  let removed = 0;
  records.forEach((r, i) => {
    const from = i === 0 ? 0 : (records[i - 1]?.info.bytes ?? 0);
    const cell = (r.record[column] ?? "").trim().replace(/\\/g, "/");
    if (i > 0 && cell.replace(/^\.\//, "") === path) removed++;
    else kept.push(bytes.subarray(from, r.info.bytes));
  });
  kept.push(bytes.subarray(records.at(-1)?.info.bytes ?? 0));
  if (removed > 0) writeFileAtomic(file, Buffer.concat(kept));
  return removed;
}
