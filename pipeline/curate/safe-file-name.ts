/** Longest stem (before ".pdf") a corpus file name may have. */
export const MAX_STEM_CHARS = 100;

const FALLBACK_STEM = "document";

/**
 * A corpus file name made from a file's original name (`STP_final_v3 (2).pdf` → `stp-final-v3-2.pdf`):
 * lower case, only `[a-z0-9.-]`, accents folded, every other run of characters one `-`, at most
 * MAX_STEM_CHARS before `.pdf`, never empty (`document.pdf`). Any folder part of the name is dropped.
 */
export function safeFileName(original: string): string {
  const base = original.split(/[/\\]/).pop() ?? "";
  const stem = base
    .replace(/\.pdf$/i, "")
    // Folded rather than dropped, so "Süd" stays readable as "sud" (an analyst searches for it that way).
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    // A run mixing dots and dashes ("v3 . final") reads as one dot; "..", never a path part, is never made.
    .replace(/[-.]{2,}/g, (run) => (run.includes(".") ? "." : "-"))
    .slice(0, MAX_STEM_CHARS)
    // A leading dot would hide the file; trailing ones read as a second extension.
    .replace(/^[-.]+|[-.]+$/g, "");
  return `${stem === "" ? FALLBACK_STEM : stem}.pdf`;
}

/**
 * The first of `name`, `name-2.pdf`, `name-3.pdf`... that `isTaken` does not claim, so a new file never
 * overwrites another (the caller says what is taken: files on disk, manifest rows, names given out already).
 */
export function freeFileName(
  name: string,
  isTaken: (candidate: string) => boolean,
): string {
  if (!isTaken(name)) return name;
  const stem = name.replace(/\.pdf$/, "");
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}.pdf`;
    if (!isTaken(candidate)) return candidate;
  }
}
