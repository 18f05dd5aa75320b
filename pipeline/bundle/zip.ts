import { readFileSync } from "node:fs";
import yauzl from "yauzl";
import yazl from "yazl";
import { BUNDLE_MAX_ENTRY_BYTES, BUNDLE_MAX_TOTAL_BYTES } from "../defaults.js";
import { describeFileError } from "../file-error.js";
import { StpError } from "../problem.js";

// The archive format is the zip libraries' job (yazl writes, yauzl reads; docs/dependencies.md): this file only
// turns a map of text files into zip bytes and back.

/** A file that is not a bundle zip at all, or one that cannot be read. */
export class BundleError extends StpError {}

/** The zip bytes of `files` (name -> text), in map order, each stamped with `modified`. */
export function zipFiles(
  files: ReadonlyMap<string, string>,
  modified: Date,
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of files)
    zip.addBuffer(Buffer.from(text, "utf8"), name, { mtime: modified });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("error", reject);
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * The text files of the zip at `file` whose names `wanted` accepts (name -> text). Throws BundleError naming
 * the file when it is missing, not a zip archive, holds two entries of one name (unzip shows the first, a
 * reader of the last would check another bundle) or would inflate past the bounds: by the sizes its entries
 * declare, before anything is inflated, and by the bytes they give, while inflating (a header can lie).
 */
export async function unzipFiles(
  file: string,
  wanted: (name: string) => boolean,
): Promise<Map<string, string>> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new BundleError(
      `${file}: cannot read the bundle: ${describeFileError(error)}`,
    );
  }
  let zip: yauzl.ZipFile;
  const entries: yauzl.Entry[] = [];
  try {
    // The inflated bytes are counted below against the declared size and the total, in one place.
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      validateEntrySizes: false,
    });
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    throw new BundleError(
      `${file}: not a readable zip archive (${(error as Error).message})`,
    );
  }
  const refused = refuseEntries(entries, wanted);
  if (refused !== null) throw new BundleError(`${file}: ${refused}`);
  const files = new Map<string, string>();
  let total = 0;
  for (const entry of entries) {
    if (!wanted(entry.fileName)) continue;
    const chunks: Buffer[] = [];
    let read = 0;
    try {
      for await (const chunk of await zip.openReadStreamPromise(entry)) {
        read += (chunk as Buffer).length;
        total += (chunk as Buffer).length;
        if (read > entry.uncompressedSize || total > BUNDLE_MAX_TOTAL_BYTES)
          throw new BundleError(
            `${file}: ${entry.fileName} inflates to more than the ${entry.uncompressedSize} bytes it declares; not a bundle stp-scan wrote (a zip bomb?)`,
          );
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      if (error instanceof BundleError) throw error;
      throw new BundleError(
        `${file}: ${entry.fileName} cannot be inflated (${(error as Error).message})`,
      );
    }
    files.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
  }
  return files;
}

/** Why the entries cannot be those of a bundle, by their names and the sizes those to read declare; or null. */
function refuseEntries(
  entries: readonly yauzl.Entry[],
  wanted: (name: string) => boolean,
): string | null {
  const seen = new Set<string>();
  let declared = 0;
  for (const entry of entries) {
    if (seen.has(entry.fileName))
      return `two entries named ${entry.fileName}; a bundle has one of each (edited by hand?)`;
    seen.add(entry.fileName);
    if (!wanted(entry.fileName)) continue;
    if (entry.uncompressedSize > BUNDLE_MAX_ENTRY_BYTES)
      return `${entry.fileName} would inflate to ${entry.uncompressedSize} bytes, past the ${BUNDLE_MAX_ENTRY_BYTES} a bundle file may hold`;
    declared += entry.uncompressedSize;
  }
  return declared > BUNDLE_MAX_TOTAL_BYTES
    ? `its files would inflate to ${declared} bytes, past the ${BUNDLE_MAX_TOTAL_BYTES} a bundle may hold (a zip bomb?)`
    : null;
}
