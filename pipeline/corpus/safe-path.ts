import { realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";

/** Why a manifest path cannot be used safely, or null when it stays inside the corpus root. */
export function checkRelativePath(path: string): string | null {
  if (path === "") return "is empty";
  if (path.includes("\0")) return "contains a NUL character";
  if (path.startsWith("/") || /^[a-z]:/i.test(path))
    return "is absolute (must be relative to the corpus folder)";
  if (path.split("/").some((part) => part === ".."))
    return "leaves the corpus folder (..)";
  return null;
}

/**
 * Where `relativePath` under `root` really is, following links, when that is inside the root (or inside its
 * plans/ folder, which may itself be a link: verify stages a corpus that way); null when it leads out or is
 * missing. Links inside the corpus are followed: they cannot reach anything the corpus does not already hold.
 */
export function realPathInside(
  root: string,
  relativePath: string,
): string | null {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  };
  const file = real(resolve(root, relativePath));
  if (file === null) return null;
  const within = (folder: string | null) =>
    folder !== null &&
    file.startsWith(folder.endsWith(sep) ? folder : folder + sep);
  return within(real(root)) || within(real(join(root, "plans"))) ? file : null;
}
