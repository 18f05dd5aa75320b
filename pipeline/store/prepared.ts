import type Database from "better-sqlite3";
import type { Db } from "./db.js";

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The statement for `sql` on this database, prepared once: a scan writes and a re-run reads each document with
 * the same few statements, and preparing them again for each document was a visible part of a cold scan.
 * Statements whose mode is switched (pluck, raw, expand) are prepared with db.prepare instead.
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (byText === undefined) {
    byText = new Map();
    statements.set(db, byText);
  }
  let statement = byText.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    byText.set(sql, statement);
  }
  return statement;
}
