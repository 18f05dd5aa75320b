import { join } from "node:path";
import { openDatabase, SCHEMA_VERSION } from "../../pipeline/store/index.js";
import { tempDir } from "../helpers.js";

describe("a new database gets the latest schema, by user_version, in WAL", () => {
  it("a new database gets the latest schema version and WAL", () => {
    const file = join(tempDir(), "db.sqlite");
    const db = openDatabase(file);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("reopening a database does not run its migrations again", () => {
    const file = join(tempDir(), "db.sqlite");
    openDatabase(file).close();
    expect(() => openDatabase(file).close()).not.toThrow();
  });
});
