import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST_FILE } from "./manifest.js";
import {
  appendManifestText,
  manifestHeader,
  type ManifestEntry,
} from "./manifest-text.js";
import { writeFileAtomic } from "./write-file-atomic.js";

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
    throw new Error(`${MANIFEST_FILE}: cannot add a row: ${appended.reason}`);
  writeFileAtomic(file, appended.text);
  return appended.unplaced;
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
