import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describeFileError } from "../file-error.js";
import type { Problem } from "../types.js";

/** A file named on the command line, or found in a folder named there. */
export type CandidateFile = {
  /** Absolute path to read. */
  readonly file: string;
  /** How to name it in messages: as given, or folder/name for a file found in a folder. */
  readonly shown: string;
};

/**
 * The files `add` was given: a file as it is (even with another extension, so that a misnamed file is refused
 * with its reason rather than skipped), a folder as every `*.pdf` under it, sorted, hidden files left out.
 * An argument that is neither, or a folder with no PDF, is returned as a problem naming it.
 */
export function findCandidates(args: readonly string[]): {
  readonly candidates: readonly CandidateFile[];
  /** Each names the argument as given (`file`). */
  readonly problems: readonly (Problem & { readonly file: string })[];
} {
  const candidates: CandidateFile[] = [];
  const problems: (Problem & { readonly file: string })[] = [];
  for (const arg of args) {
    let isFolder: boolean;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch (error) {
      problems.push({
        file: arg,
        reason: describeFileError(error),
        cause: error,
      });
      continue;
    }
    // Read whole, /dev/zero would fill memory and a named pipe would wait for a writer that never comes.
    if (!isFolder && !statSync(arg).isFile()) {
      problems.push({
        file: arg,
        reason:
          "not a file (a device, a pipe or a socket); give a PDF file or a folder of them",
      });
      continue;
    }
    if (!isFolder) {
      candidates.push({ file: resolve(arg), shown: arg });
      continue;
    }
    const found = pdfsUnder(resolve(arg)).sort();
    if (found.length === 0)
      problems.push({ file: arg, reason: "a folder with no .pdf file in it" });
    for (const file of found)
      candidates.push({
        file,
        shown: join(arg, file.slice(resolve(arg).length + 1)),
      });
  }
  return { candidates, problems };
}

function pdfsUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...pdfsUnder(full));
    else if (/\.pdf$/i.test(entry.name) && statSync(full).isFile())
      found.push(full);
  }
  return found;
}
