import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The sha256 of a document's bytes, lower-case hex: the identity of a corpus file everywhere it is compared. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The sha256 of a file on disk (see sha256Of). */
export function sha256OfFile(file: string): string {
  return sha256Of(readFileSync(file));
}
