import type Database from "better-sqlite3";

/** An open stp-scan database (better-sqlite3's connection): what every store function takes first. */
export type Db = Database.Database;
