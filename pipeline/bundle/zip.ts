import { readFileSync } from "node:fs";
import yauzl from "yauzl";
import yazl from "yazl";
import { describeFileError } from "../file-error.js";

// The archive format is the zip libraries' job (yazl writes, yauzl reads; docs/dependencies.md): this file only
// turns a map of text files into zip bytes and back.

/** A file that is not a bundle zip at all, or one that cannot be read. */
export class BundleError extends Error {}

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

// A bundle's files are text of at most a few hundred megabytes; an entry claiming more is not one of ours.
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;

/**
 * The text files of the zip at `file` whose names `wanted` accepts (name -> text). Throws BundleError naming
 * the file when it is missing or not a zip archive.
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
  const files = new Map<string, string>();
  try {
    const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
    for await (const entry of zip.eachEntry()) {
      if (!wanted(entry.fileName)) continue;
      if (entry.uncompressedSize > MAX_ENTRY_BYTES)
        throw new Error(`${entry.fileName} is too large`);
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      files.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
    }
  } catch (error) {
    throw new BundleError(
      `${file}: not a readable zip archive (${(error as Error).message})`,
    );
  }
  return files;
}
