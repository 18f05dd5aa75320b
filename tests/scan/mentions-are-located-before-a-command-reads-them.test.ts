import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { openUpToDate } from "../../pipeline/scan/index.js";
import { readMentions } from "../../pipeline/store/index.js";
import { runCli } from "../cli/run-cli.js";
import { bodyLines, layoutPage } from "../fixtures/layout-pdf.js";
import { scannedPlan } from "../locate/scanned-plan.js";

// Mentions without a location from the present rules (rules changed since the scan, or a scan stopped before it
// located its last ones) are located before any command reads them: the reading ones in a copy in memory, the
// file left as it was; the writing ones in the file.

const pages = [1, 2, 3].map((n) =>
  layoutPage([
    { text: `Social value plan, page ${n}`, x: 72, y: 40, size: 9 },
    ...bodyLines([`Commissioners weigh social value in contract ${n}.`]),
  ]),
);

/** A scanned database, and where its mentions stand as the scan located them. */
function scanned() {
  const { db } = scannedPlan(pages);
  const raw = new Database(db, { readonly: true });
  const located = raw
    .prepare("SELECT mention_id, location FROM mentions ORDER BY mention_id")
    .all() as { mention_id: string; location: string }[];
  raw.close();
  return { db, located };
}

/** Makes every stored location look as if older rules gave it (and one as if never worked out). */
function staleLocations(db: string): void {
  const raw = new Database(db);
  raw.exec(
    `UPDATE mentions SET location_version = 0;
     UPDATE mentions SET location = NULL, location_version = NULL WHERE rowid = (SELECT min(rowid) FROM mentions)`,
  );
  raw.close();
}

const locations = (
  rows: readonly { mention_id: string; location: unknown }[],
) =>
  [...rows]
    .sort((a, b) => a.mention_id.localeCompare(b.mention_id))
    .map((r) => `${r.mention_id} ${String(r.location)}`);

describe("mentions are located before a command reads them", () => {
  it("a reading command gets every location from a copy in memory, and the file is left as it was", () => {
    const { db, located } = scanned();
    expect(located.map((m) => m.location)).toContain("running");
    staleLocations(db);
    const bytes = readFileSync(db);
    const handle = openUpToDate(db, { mustExist: true, access: "read" });
    expect(locations(readMentions(handle))).toEqual(locations(located));
    handle.close();
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it("a writing command keeps them in the file", () => {
    const { db, located } = scanned();
    staleLocations(db);
    openUpToDate(db, { mustExist: true }).close();
    const raw = new Database(db, { readonly: true });
    const rows = raw
      .prepare(
        "SELECT mention_id, location FROM mentions WHERE location_version > 0",
      )
      .all() as { mention_id: string; location: string }[];
    raw.close();
    expect(locations(rows)).toEqual(locations(located));
  });

  it("export answers as it did before the locations went stale, on the command line", () => {
    const { db } = scanned();
    const export_ = () =>
      runCli(["export", "mentions", "--db", db, "--format", "json"]);
    const before = export_();
    expect(before.status).toBe(0);
    staleLocations(db);
    expect(export_().stdout).toBe(before.stdout);
  });
});
