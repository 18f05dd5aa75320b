import { readdirSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Files under `<root>/plans` that `keep` accepts, relative to root with "/" separators, sorted. */
export function findUnderPlans(
  root: string,
  keep: (entry: Dirent, full: string) => boolean,
): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (keep(entry, full))
        found.push(relative(root, full).split(sep).join("/"));
    }
  };
  walk(join(root, "plans"));
  return found.sort();
}

/** Every file under `<root>/plans` whose name ends in .pdf (any case), relative to root, sorted. */
export function findPdfs(root: string): string[] {
  // A symbolic link to a file counts as the file (corpora are often assembled with links).
  return findUnderPlans(
    root,
    (entry, full) =>
      (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) &&
      /\.pdf$/i.test(entry.name),
  );
}
