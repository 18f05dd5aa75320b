import { existsSync } from "node:fs";
import { join } from "node:path";
import { readCsv, separatorHint } from "../csv/index.js";
import type { Warning } from "../types.js";
import { checkRelativePath } from "./safe-path.js";

/** One usable manifest row. Only plan_id and path are required; a hand-made manifest works. */
export type ManifestRow = {
  readonly planId: string;
  readonly planName: string;
  readonly region: string;
  readonly role: string;
  /** Relative to the corpus root, "/" separators. */
  readonly path: string;
  readonly sha256: string | null;
  readonly line: number;
};

export const MANIFEST_FILE = "manifest.csv";

/**
 * Reads `<root>/manifest.csv`. A row that cannot be used is left out with a warning naming its line;
 * returns null when the corpus has no manifest at all.
 */
export function readManifest(
  root: string,
): { rows: ManifestRow[]; warnings: Warning[] } | null {
  const file = join(root, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  const { header, rows } = readCsv(file);
  const warnings: Warning[] = [];
  const warn = (line: number, reason: string) =>
    warnings.push({
      file: MANIFEST_FILE,
      reason: `${MANIFEST_FILE}:${line}: ${reason}`,
    });
  for (const column of ["plan_id", "path"]) {
    if (!header.includes(column)) {
      warn(
        1,
        `no "${column}" column; every row is ignored${separatorHint(header)}`,
      );
      return { rows: [], warnings };
    }
  }
  const seen = new Map<string, number>();
  const usable: ManifestRow[] = [];
  for (const { cells, line } of rows) {
    const planId = cells.plan_id ?? "";
    const path = (cells.path ?? "").replace(/\\/g, "/").replace(/^\.\//, "");
    if (planId === "") {
      warn(line, "no plan_id; row ignored");
      continue;
    }
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(planId)) {
      warn(line, `plan_id "${planId}" is not a simple name; row ignored`);
      continue;
    }
    const unsafe = checkRelativePath(path);
    if (unsafe !== null) {
      warn(line, `path "${path}" ${unsafe}; row ignored`);
      continue;
    }
    const earlier = seen.get(path);
    if (earlier !== undefined) {
      warn(
        line,
        `path "${path}" is listed again (first on line ${earlier}); row ignored`,
      );
      continue;
    }
    seen.set(path, line);
    const sha256 = (cells.sha256 ?? "").toLowerCase();
    if (sha256 !== "" && !/^[0-9a-f]{64}$/.test(sha256))
      warn(line, `sha256 "${sha256}" is not a SHA-256 hex digest; not checked`);
    usable.push({
      planId,
      planName: cells.plan_name || planId,
      region: cells.region ?? "",
      role: cells.document_role ?? cells.role ?? "",
      path,
      sha256: /^[0-9a-f]{64}$/.test(sha256) ? sha256 : null,
      line,
    });
  }
  return { rows: usable, warnings };
}
