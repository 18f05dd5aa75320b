import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, statSync } from "node:fs";

/** The sha256 of a document's bytes, lower-case hex: the identity of a corpus file everywhere it is compared. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// A chunk at a time: a file is never held whole, so one of any size is hashed (readFileSync refuses past 2 GiB).
const CHUNK_BYTES = 1 << 20;

/** The sha256 of a file on disk (see sha256Of) and the bytes hashed, read a chunk at a time. */
export function hashFile(file: string): {
  readonly sha256: string;
  readonly bytes: number;
} {
  const hash = createHash("sha256");
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(file, "r");
  let bytes = 0;
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      hash.update(chunk.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** The sha256 of a file on disk (see sha256Of). */
export function sha256OfFile(file: string): string {
  return hashFile(file).sha256;
}

/** How long a file must have stood unchanged before its stat identity is trusted (see fileIdentity). */
const SETTLED_NS = 2_000_000_000n;

/**
 * A file's identity on disk, which changes whenever its bytes can have: device, inode, size, and the times of
 * its last modification and last change, in nanoseconds (utimes can set the first back, never the second). A
 * scan hashes again only files whose identity differs from the one stored with their sha256. `settled`: the
 * file has not changed in the last two seconds. A write within the file system's clock tick after it was hashed
 * would leave the identity as it was, so only a settled file's identity is kept (git's "racily clean" files).
 */
export function fileIdentity(
  file: string,
  nowNs: bigint = BigInt(Date.now()) * 1_000_000n,
): {
  readonly identity: string;
  readonly size: number;
  readonly settled: boolean;
} {
  const s = statSync(file, { bigint: true });
  const changed = s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs;
  return {
    identity: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`,
    size: Number(s.size),
    settled: nowNs - changed > SETTLED_NS,
  };
}
