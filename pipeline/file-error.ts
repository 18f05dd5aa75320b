// The system's codes for a file that cannot be read, in words: "ENOENT" means nothing to an analyst.
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "the path loops through links",
  EMFILE: "too many files open at once; close some programs and try again",
  ENOSPC: "disk full",
  EDQUOT: "disk quota exceeded",
  EFBIG:
    "file too large for this disk (or for the size limit set on this program)",
  EROFS: "the disk is read-only",
  EIO: "the disk failed to read or write",
};

/** Why a file could not be read, in words (the system's code kept only when there are none for it). */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined) return REASONS[code] ?? `cannot be read (${code})`;
  return error instanceof Error ? error.message : String(error);
}
