import { getFileInfo } from "prettier";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

// The ignore file once held `corpus/`, which also matched `pipeline/corpus/`, so a whole stage escaped
// `prettier --check`. Every TypeScript file of the source and the tests must be one prettier looks at.
const root = join(import.meta.dirname, "..", "..", "..");

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the format check", () => {
  it("ignores no source or test file", async () => {
    const files = ["pipeline", "tests"].flatMap((d) =>
      typeScriptFiles(join(root, d)),
    );
    expect(files.length).toBeGreaterThan(50);
    const ignored: string[] = [];
    for (const file of files) {
      const info = await getFileInfo(file, {
        ignorePath: join(root, ".prettierignore"),
      });
      if (info.ignored) ignored.push(file);
    }
    expect(ignored.map((f) => relative(root, f))).toEqual([]);
  });
});
