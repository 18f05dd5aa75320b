import { isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The project checkout (this file is compiled to dist/pipeline/paths.js). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Absolute path of a file shipped with the project, given relative to the project root. */
export function projectFile(relative: string): string {
  return fileURLToPath(new URL(relative, new URL("../../", import.meta.url)));
}

/**
 * A path as the analyst would type it from the working folder: relative when it lies inside that folder, else
 * absolute, so that the same command names the same path wherever it runs from outside it.
 */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === "") return ".";
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
