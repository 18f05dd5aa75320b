import { writeOutputFile } from "../corpus/index.js";
import type { Db } from "../store/index.js";
import type { BundleContents, CountSettings } from "./contents.js";
import { renderBundleFiles } from "./files.js";
import { gatherBundle } from "./gather.js";
import { zipFiles } from "./zip.js";

/**
 * Writes the bundle of a scanned database to `out` (a zip, written whole or not at all) and gives its contents.
 * Each file is stamped with the time the scan finished, so bundling the same database twice gives the same bytes.
 */
export async function writeBundle(
  db: Db,
  out: string,
  count: CountSettings,
  notice: (line: string) => void = () => undefined,
): Promise<BundleContents> {
  const contents = gatherBundle(db, count, notice);
  const zip = await zipFiles(
    renderBundleFiles(contents),
    new Date(contents.versions.scannedWith.finishedAt),
  );
  writeOutputFile(out, zip);
  return contents;
}
