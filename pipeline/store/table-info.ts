import type { Db } from "./db.js";

// Tables and columns that later schemas add are absent from a database read as it is (a bundle's, a test's):
// the reads of those ask SQLite first.

/** Whether the database has the table (a later schema's, absent from older databases). */
export const hasTable = (db: Db, table: string) =>
  db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(table) !== undefined;

/** The names of a table's columns. */
export const columnsOf = (db: Db, table: string) =>
  (
    db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as {
      name: string;
    }[]
  ).map((c) => c.name);
