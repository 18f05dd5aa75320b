import { writeOutputFile } from "../corpus/index.js";
import type { Db } from "../store/index.js";
import type { BundleContents, CountSettings } from "./contents.js";
import { renderBundleFiles } from "./files.js";
import { gatherBundle } from "./gather.js";
import { zipFiles } from "./zip.js";

/**
 * The bundle of a scanned database as the bytes of its zip, and its contents. Each file is stamped with the time
 * the scan finished, so bundling the same database twice gives the same bytes.
 */
export async function bundleZip(
  db: Db,
  count: CountSettings,
  notice: (line: string) => void = () => undefined,
): Promise<{ zip: Uint8Array; contents: BundleContents }> {
  const contents = gatherBundle(db, count, notice);
  const zip = await zipFiles(
    renderBundleFiles(contents),
    new Date(contents.versions.scannedWith.finishedAt),
  );
  return { zip, contents };
}

/** Writes the bundle of a scanned database to `out` (a zip, written whole or not at all) and gives its contents. */
export async function writeBundle(
  db: Db,
  out: string,
  count: CountSettings,
  notice: (line: string) => void = () => undefined,
): Promise<BundleContents> {
  const { zip, contents } = await bundleZip(db, count, notice);
  writeOutputFile(out, zip);
  return contents;
}
