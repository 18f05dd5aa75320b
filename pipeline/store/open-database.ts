import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { projectFile } from "../paths.js";
import { identifyDatabase, type Identity } from "./database-identity.js";
import type { Db } from "./db.js";
import { explainStorageError } from "./storage-error.js";
import { StpError } from "../problem.js";

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
export class DatabaseError extends StpError {}

/**
 * What a command does to its database. `write`: brings the schema up to date (WAL) and writes. `read`: never
 * writes the file: a read-only connection. `derive`: reads, and may write the tables derived from the stored
 * data (explore tables, layouts, mention locations), nothing else; the schema is never migrated. A database of an
 * older schema is read (`read`, `derive`) through a copy brought up to date in memory, its file left as it was.
 */
export type Access = "write" | "read" | "derive";

/** How a command opens its database. */
export type OpenOptions = {
  /** The file must already be there (always so with `read` and `derive`). @default false */
  readonly mustExist?: boolean;
  /** @default "write" */
  readonly access?: Access;
  /**
   * Read through a copy in memory brought up to date, which may be written; the file is left as it was. For a
   * command that may not write the file but must fill derived tables the file lacks. @default false
   */
  readonly inMemory?: boolean;
};

/**
 * Opens (creating when needed) a database and brings its schema up to date. Each migration runs in its own
 * transaction with its user_version bump, so a crash leaves the previous version intact. A database written
 * by a newer stp-scan, or by another program, is refused before anything is written to it. A reading command
 * (`read`, `derive`) never creates nor migrates the file (see Access).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const reading = (options.access ?? "write") !== "write";
  const exists = file !== ":memory:" && existsSync(file);
  const identity: Identity = exists ? inspectFile(file) : { kind: "empty" };
  if (identity.kind === "foreign")
    throw new DatabaseError(
      `${file}: not an stp-scan database (${identity.reason}); pass the database stp-scan scan wrote (--db)`,
    );
  if (identity.kind === "stp-scan" && identity.version > SCHEMA_VERSION)
    throw new DatabaseError(
      `${file}: written by a newer stp-scan (schema ${identity.version}, this one knows ${SCHEMA_VERSION}); use that newer stp-scan, or pass another --db`,
    );
  if (reading && exists && identity.kind === "empty")
    throw new DatabaseError(
      `${file}: an empty database, with nothing scanned into it; run "stp-scan scan" first (or pass --db)`,
    );
  if (
    options.inMemory === true ||
    (reading &&
      identity.kind === "stp-scan" &&
      identity.version < SCHEMA_VERSION)
  )
    return openMigratedCopy(file);
  let db: Db;
  try {
    if (!reading && file !== ":memory:")
      mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, {
      fileMustExist: reading || options.mustExist === true,
      readonly: options.access === "read",
    });
  } catch (error) {
    throw new DatabaseError(
      explainStorageError(error, file) ??
        `${file}: cannot open the database (${(error as Error).message}); check the path and its permissions, or pass another --db`,
      { cause: error },
    );
  }
  // A reading command finds the file at this schema already in WAL (set when it was created).
  return bringUpToDate(db, file, !reading);
}

/** What the file at `file` is, read through a read-only connection that writes nothing. */
function inspectFile(file: string): Identity {
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    probe.pragma("busy_timeout = 5000");
    return identifyDatabase(probe);
  } catch (error) {
    throw new DatabaseError(
      explainStorageError(error, file) ??
        `${file}: not a usable stp-scan database (${(error as Error).message}); pass the database stp-scan scan wrote (--db), or a new file name`,
      { cause: error },
    );
  } finally {
    probe?.close();
  }
}

/**
 * A database of an older schema (or one asked for `inMemory`), for a reading command: a copy in memory brought up
 * to date, so that the command answers as it would once a writing command (a scan) had migrated the file, which is
 * left as it was.
 */
function openMigratedCopy(file: string): Db {
  let image: Buffer;
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      image = source.serialize();
    } finally {
      source.close();
    }
  } catch (error) {
    throw new DatabaseError(
      explainStorageError(error, file) ??
        `${file}: cannot read the database (${(error as Error).message}); check its permissions, or pass another --db`,
      { cause: error },
    );
  }
  // Header bytes 18-19 say WAL, which a database in memory cannot open (SQLITE_CANTOPEN): 1 is a rollback journal.
  image[18] = 1;
  image[19] = 1;
  return bringUpToDate(new Database(image), file, false);
}

// The file each connection was opened on, as the command named it: a reading command's copy in memory has no name
// of its own, and a problem about the database names the file the analyst gave.
const openedAs = new WeakMap<Db, string>();

/** The database file a connection was opened on (openDatabase), as the command named it. */
export const databaseFile = (db: Db): string => openedAs.get(db) ?? db.name;

/** Sets the connection up and runs the migrations it lacks; `wal`: switch the file to WAL (a writing command). */
function bringUpToDate(db: Db, file: string, wal: boolean): Db {
  openedAs.set(db, file);
  try {
    if (wal) db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    // Migrations that rebuild a table drop the old one, which foreign keys would refuse; they are checked
    // once every migration has run, then enforced.
    db.pragma("foreign_keys = OFF");
    const current = db.pragma("user_version", { simple: true }) as number;
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
