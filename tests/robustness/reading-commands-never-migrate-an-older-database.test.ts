import { chmodSync, copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { scannedCorpus } from "../curate/corpus-fixture.js";
import { tempDir } from "../helpers.js";
import { UNDO_SCHEMA_20 } from "../store/older-schema.js";

/** What schemas 17, 18, 19 and 20 added, taken away again (when there), so that the file reads as a schema 15 database. */
function makeSchema15(file: string): void {
  const db = new Database(file);
  const columnsOf = (table: string) =>
    (
      db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as {
        name: string;
      }[]
    ).map((c) => c.name);
  const added = {
    documents: ["stopped_by", "stopped_limit", "problem", "read_problem"],
    verdicts: ["code", "blind"],
  };
  for (const [table, dropped] of Object.entries(added)) {
    const columns = columnsOf(table);
    for (const column of dropped)
      if (columns.includes(column))
        db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
  }
  db.exec(UNDO_SCHEMA_20);
  db.pragma("application_id = 0");
  db.pragma("user_version = 15");
  db.close();
}

const READS = [
  ["stats"],
  ["export", "mentions", "--format", "json"],
  ["search", "social value", "--format", "json"],
  ["words", "--format", "json"],
  ["audit", "status"],
];

describe("reading commands never create or migrate tables", () => {
  it("an older stp-scan database answers as it would once brought up to date, and its file is left as it was", () => {
    const { db: current } = scannedCorpus();
    const expected = READS.map((args) => runCli([...args, "--db", current]));
    const older = join(tempDir(), "older.sqlite");
    copyFileSync(current, older);
    makeSchema15(older);
    // Read-only by permission too where chmod binds (not as root): nothing may be written either way.
    chmodSync(older, 0o444);
    const bytes = readFileSync(older);
    for (const [i, args] of READS.entries()) {
      const r = runCli([...args, "--db", older]);
      expect([args, r.status, r.stdout]).toEqual([
        args,
        0,
        expected[i]?.stdout.replaceAll(current, older),
      ]);
      expect(readFileSync(older).equals(bytes)).toBe(true);
    }
    // A writing command brings it up to date.
    chmodSync(older, 0o644);
    expect(runCli(["scan", "--db", older, "--quiet"]).status).toBe(0);
    const db = new Database(older, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBeGreaterThan(15);
    db.close();
  });
});
