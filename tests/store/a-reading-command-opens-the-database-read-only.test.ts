import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import {
  openDatabase,
  SCHEMA_VERSION,
  scanTables,
} from "../../pipeline/store/index.js";
import { tempDir } from "../helpers.js";
import { UNDO_SCHEMA_17 } from "./older-schema.js";

const PLAN = [{ id: "a", name: "A", region: "" }];

/** A database file at the current schema, with one plan. */
function current(): string {
  const file = join(tempDir(), "db.sqlite");
  const db = openDatabase(file);
  scanTables.savePlans(db, PLAN);
  db.close();
  return file;
}

const addPlan = (db: Database.Database) =>
  scanTables.savePlans(db, [{ id: "b", name: "B", region: "" }]);

describe("a reading command opens the database read-only and never migrates it", () => {
  it("read: a read-only connection, which cannot write, and the file is left as it was", () => {
    const file = current();
    const bytes = readFileSync(file);
    const db = openDatabase(file, { access: "read" });
    expect(db.readonly).toBe(true);
    expect(() => addPlan(db)).toThrow(
      expect.objectContaining({ code: "SQLITE_READONLY" }),
    );
    db.close();
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("derive: a connection that may keep derived tables in the file, without migrating it", () => {
    const file = current();
    const db = openDatabase(file, { access: "derive" });
    expect(db.readonly).toBe(false);
    addPlan(db);
    db.close();
  });

  it("an older schema is read through a copy brought up to date in memory; the file keeps its version", () => {
    const file = current();
    const old = new Database(file);
    old.exec(UNDO_SCHEMA_17);
    old.pragma("user_version = 16");
    old.close();
    const bytes = readFileSync(file);
    for (const access of ["read", "derive"] as const) {
      const db = openDatabase(file, { access });
      expect([db.memory, db.pragma("user_version", { simple: true })]).toEqual([
        true,
        SCHEMA_VERSION,
      ]);
      db.close();
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("inMemory: a copy that may be written, the file left as it was", () => {
    const file = current();
    const bytes = readFileSync(file);
    const db = openDatabase(file, { access: "read", inMemory: true });
    addPlan(db);
    expect(db.prepare("SELECT count(*) FROM plans").pluck().get()).toBe(2);
    db.close();
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
