import { fileURLToPath } from "node:url";

/** The project checkout (this file is compiled to dist/pipeline/paths.js). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Absolute path of a file shipped with the project, given relative to the project root. */
export function projectFile(relative: string): string {
  return fileURLToPath(new URL(relative, new URL("../../", import.meta.url)));
}
