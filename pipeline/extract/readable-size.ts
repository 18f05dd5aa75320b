import type { DocProblem } from "../types.js";

/**
 * The largest file the reader can take: a worker loads a document whole (readFileSync, and pdf.js then parses one
 * Uint8Array), and Node reads no more than 2 GiB - 1 into one buffer (ERR_FS_FILE_TOO_LARGE past it).
 */
export const MAX_READABLE_BYTES = 2 ** 31 - 1;

const GIB = 2 ** 30;

/**
 * Why a file of `bytes` cannot be read, or null when it can. Told before the file is hashed or read: hashing
 * gigabytes that can never be read would only slow the scan down.
 */
export function sizeProblem(file: string, bytes: number): DocProblem | null {
  if (bytes <= MAX_READABLE_BYTES) return null;
  return {
    file,
    status: "too-large",
    reason: `${(bytes / GIB).toFixed(1)} GB (${bytes} bytes), more than the 2 GB one document may have (pdf.js reads a file whole); split it, or compress its images`,
  };
}
