// The shared corpus N times over, for the speed rows of make bench (issue 16: 8x; issue 18: 16x).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readCsv } from "../../pipeline/csv/index.js";
import { openDatabase, scanTables } from "../../pipeline/store/index.js";
import { tempDir } from "../helpers.js";

/**
 * The corpus at `source` `times` times over under other plan ids (`<plan>-copy<n>`), each copy's bytes made
 * distinct so none is a duplicate by its bytes, in `root` (a new temporary folder unless given). Returns the corpus folder.
 */
export function copiedCorpus(
  source: string,
  times: number,
  root: string = tempDir(`stp-bench-${times}x-`),
): string {
  const rows = ["plan_id,path"];
  for (let copy = 1; copy <= times; copy++) {
    for (const { cells } of readCsv(join(source, "manifest.csv")).rows) {
      const plan = `${cells.plan_id}-copy${copy}`;
      const path = `plans/${plan}/${basename(cells.path ?? "")}`;
      const bytes = readFileSync(join(source, cells.path ?? ""));
      mkdirSync(join(root, "plans", plan), { recursive: true });
      // Bytes after %%EOF are ignored by PDF readers; a zero-byte file stays empty.
      writeFileSync(
        join(root, path),
        bytes.length === 0
          ? bytes
          : Buffer.concat([
              bytes,
              Buffer.from(`\n%stp-scan bench copy ${copy}\n`),
            ]),
      );
      rows.push(`${plan},${path}`);
    }
  }
  writeFileSync(join(root, "manifest.csv"), rows.join("\n") + "\n");
  return root;
}

/**
 * The copies have the same text as their originals, so the scan stores them as duplicates (spec v2.1 point 3) and
 * the explore commands and the statistic leave them out: a row timed over them would time one copy. This gives
 * them back their own reading's status, as the rules do for a document that no longer repeats another, so the
 * commands timed afterwards read every copy. The next scan decides the duplicates again.
 */
export function countCopiesApart(dbPath: string): number {
  const db = openDatabase(dbPath);
  try {
    const copies = scanTables
      .readDedupeRows(db)
      .filter((row) => row.duplicateReason === "same text");
    return scanTables.saveDuplicateFindings(
      db,
      copies.map(({ document }) => ({
        document,
        duplicateOf: null,
        reason: null,
        nearDuplicateOf: null,
        pagesShared: null,
      })),
    ).length;
  } finally {
    db.close();
  }
}
