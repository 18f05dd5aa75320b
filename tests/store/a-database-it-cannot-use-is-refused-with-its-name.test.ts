import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import {
  DatabaseError,
  openDatabase,
  SCHEMA_VERSION,
} from "../../pipeline/store/index.js";
import { tempDir } from "../helpers.js";

describe("a database this version cannot use is refused, naming the file", () => {
  it("a database from a newer stp-scan is refused, not misread", () => {
    const file = join(tempDir(), "db.sqlite");
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseError);
    expect(() => openDatabase(file)).toThrow(/written by a newer stp-scan/);
  });

  it("a file that is not a database is refused with its name", () => {
    const file = join(tempDir(), "notes.sqlite");
    writeFileSync(file, "not a database at all, just text ".repeat(100));
    expect(() => openDatabase(file)).toThrow(new RegExp(`^${file}: `));
  });
});
