import { LOCATE_VERSION } from "../locate/index.js";
import {
  DatabaseError,
  explainStorageError,
  isDatabaseReadOnly,
  openDatabase,
  scanTables,
  type Db,
  type OpenOptions,
} from "../store/index.js";
import { fillLocations } from "./locate-mentions.js";

/**
 * Opens a database for a command with the tables derived from its stored pages up to date: every mention has a
 * location from the present rules (fillLocations), as it would after a scan, also for a database from before
 * schema 7, one a scan stopped before it located its last mentions, or one located by older rules. Where they are
 * not, a writing command (and an explore command, `derive`) keeps them in the file; a reading command (`read`),
 * or a file that cannot be written, gets a copy in memory with them filled, and the file is left as it was.
 */
export function openUpToDate(file: string, options: OpenOptions = {}): Db {
  const db = openDatabase(file, options);
  try {
    if (scanTables.readDocumentsToLocate(db, LOCATE_VERSION).length === 0)
      return db;
    if (!db.readonly) {
      fillLocations(db);
      return db;
    }
  } catch (error) {
    db.close();
    if (options.access !== "write" && isDatabaseReadOnly(error))
      return openFilledCopy(file, options);
    throw asDatabaseError(error, file);
  }
  db.close();
  return openFilledCopy(file, options);
}

/** A copy of the database in memory (brought up to date) with every mention located. */
function openFilledCopy(file: string, options: OpenOptions): Db {
  const copy = openDatabase(file, { ...options, inMemory: true });
  try {
    fillLocations(copy);
  } catch (error) {
    copy.close();
    throw asDatabaseError(error, file);
  }
  return copy;
}

/** An SQLite failure on the file or the disk as the one line openDatabase gives; anything else as it is. */
function asDatabaseError(error: unknown, file: string): unknown {
  const explained = explainStorageError(error, file);
  return explained === null
    ? error
    : new DatabaseError(explained, { cause: error });
}
