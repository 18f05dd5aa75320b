import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";

/** Another program's SQLite file: a rollback journal, its own tables and rows. */
function otherProgramsDatabase(): string {
  const file = join(tempDir(), "x.sqlite");
  const db = new Database(file);
  db.exec(
    "CREATE TABLE contacts (name TEXT, phone TEXT); CREATE TABLE notes (body TEXT); INSERT INTO contacts VALUES ('Ann', '0123');",
  );
  db.close();
  return file;
}

describe("a database that is not stp-scan's is refused in one line and left byte for byte as it was", () => {
  it.each([
    [["stats"]],
    [["export", "mentions"]],
    [["search", "social value"]],
    [["audit", "status"]],
    [["corpus", "list"]],
    [["scan", "--corpus", "corpus"]],
  ])("%j", (args) => {
    const file = otherProgramsDatabase();
    const bytes = readFileSync(file);
    const r = runCli([...args, "--db", file]);
    expect([r.status, r.stderr.trimEnd().split("\n")]).toEqual([
      2,
      [
        `stp-scan: ${file}: not an stp-scan database (it has tables contacts, notes); pass the database stp-scan scan wrote (--db)`,
      ],
    ]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect([existsSync(`${file}-wal`), existsSync(`${file}-shm`)]).toEqual([
      false,
      false,
    ]);
  });
});
