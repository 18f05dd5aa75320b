import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Every file under `<root>/plans` whose name ends in .pdf (any case), relative to root, sorted. */
export function findPdfs(root: string): string[] {
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
      // A symbolic link to a file counts as the file (corpora are often assembled with links).
      else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(full))) && /\.pdf$/i.test(entry.name)) found.push(relative(root, full).split(sep).join("/"));
    }
  };
  walk(join(root, "plans"));
  return found.sort();
}
