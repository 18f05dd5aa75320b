import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { describeFileError } from "../file-error.js";
import { StpError } from "../problem.js";

/** Flushes a folder's entries to disk, so a rename in it survives a power cut; not every platform allows it. */
export function fsyncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the rename is still atomic, only its durability is up to the OS.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes bytes to a new file and flushes them to disk; `wx` so that an existing file is never overwritten. */
export function writeFileDurably(
  file: string,
  data: Uint8Array | string,
): void {
  writeChunksDurably(file, [data]);
}

/** writeFileDurably for data made a chunk at a time, so the whole of it is never held at once. */
function writeChunksDurably(
  file: string,
  chunks: Iterable<Uint8Array | string>,
): void {
  const fd = openSync(file, "wx");
  try {
    for (const data of chunks) {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let written = 0;
      while (written < bytes.length)
        written += writeSync(fd, bytes, written, bytes.length - written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `file` with `data` all at once: the bytes go to `<file>.tmp-<pid>`, are flushed, then renamed over
 * the file. A reader (or a crash, a kill -9, a full disk) sees the old file or the new one, never half of it.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  writeChunksAtomic(file, [data]);
}

/** writeFileAtomic for data made a chunk at a time (a search's rows): the file appears whole once the last is written. */
export function writeChunksAtomic(
  file: string,
  chunks: Iterable<Uint8Array | string>,
): void {
  const temp = `${file}.tmp-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    writeChunksDurably(temp, chunks);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(dirname(file));
}

/** An output file that could not be written: one line naming the file and the reason, for the analyst. */
export class OutputError extends StpError {}

/**
 * Writes an output file (a report, an export, a bundle) whole or not at all, creating its folder. A failure
 * (full disk, size limit, a folder of that name) becomes an OutputError naming the file, saying that a file
 * already there is kept: writeFileAtomic leaves it untouched.
 */
export function writeOutputFile(file: string, data: Uint8Array | string): void {
  writeOutputChunks(file, [data]);
}

/** writeOutputFile for data made a chunk at a time (a search's rows), never held whole. */
export function writeOutputChunks(
  file: string,
  chunks: Iterable<Uint8Array | string>,
): void {
  const existed = isFile(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
    if (existsSync(file) && !existed)
      throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    writeChunksAtomic(file, chunks);
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    throw new OutputError(
      `${file}: ${describeFileError(error)}; ${existed ? "the previous file is kept" : "nothing was written"}`,
      { cause: error },
    );
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
