import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { projectFile } from "../paths.js";
import { fillLocations } from "./locations.js";
import { explainStorageError } from "./storage-error.js";

export type Db = Database.Database;

const MIGRATIONS_DIR = projectFile("pipeline/store/migrations/");

/** Migration files in order: NNN-name.sql brings the schema to user_version NNN. */
function migrations(): { version: number; sql: string }[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-.*\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      sql: readFileSync(MIGRATIONS_DIR + f, "utf8"),
    }));
}

/** The schema version this code writes. */
export const SCHEMA_VERSION = Math.max(...migrations().map((m) => m.version));

/** A database file this version cannot use. */
export class DatabaseError extends Error {}

/**
 * Opens (creating when needed) a database and brings its schema up to date. Each migration runs in its own
 * transaction with its user_version bump, so a crash leaves the previous version intact. A database written
 * by a newer stp-scan is refused rather than misread.
 */
export function openDatabase(
  file: string,
  options: { readonly mustExist?: boolean } = {},
): Db {
  let db: Db;
  try {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, { fileMustExist: options.mustExist === true });
  } catch (error) {
    throw new DatabaseError(
      explainStorageError(error, file) ??
        `${file}: cannot open the database (${(error as Error).message}); check the path and its permissions, or pass another --db`,
      { cause: error },
    );
  }
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    // Migrations that rebuild a table drop the old one, which foreign keys would refuse; they are checked
    // once every migration has run, then enforced.
    db.pragma("foreign_keys = OFF");
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new DatabaseError(
        `${file}: written by a newer stp-scan (schema ${current}, this one knows ${SCHEMA_VERSION}); use that newer stp-scan, or pass another --db`,
      );
    }
    for (const m of migrations().filter((m) => m.version > current)) {
      db.transaction(() => {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0)
          throw new Error(
            `migration ${m.version} broke ${broken.length} foreign keys`,
          );
      })();
    }
    db.pragma("foreign_keys = ON");
    // A database from before schema 7 (or older location rules) gets its mentions' locations from stored data.
    if (!db.readonly) fillLocations(db);
  } catch (error) {
    db.close();
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(
      explainStorageError(error, file) ??
        `${file}: not a usable stp-scan database (${(error as Error).message}); pass the database stp-scan scan wrote (--db), or a new file name`,
      { cause: error },
    );
  }
  return db;
}
