import type Database from "better-sqlite3";

/** PRAGMA application_id of an stp-scan database ("STPS" in ASCII), set by migration 017. */
export const APPLICATION_ID = 0x53545053;

// Tables every stp-scan database has had since schema 1: a file from before 017 (application_id 0) is
// recognised as stp-scan's by them.
const OWN_TABLES = ["plans", "documents", "pages", "mentions", "scan_runs"];

// Enough tables to recognise a file by, on one line.
const TABLES_SHOWN = 6;

/**
 * What a database file holds, told without writing to it: nothing yet (`empty`: a new file), an stp-scan database
 * of some schema version, or another program's database (`reason`: what makes it so, for the analyst).
 */
export type Identity =
  | { readonly kind: "empty" }
  | { readonly kind: "stp-scan"; readonly version: number }
  | { readonly kind: "foreign"; readonly reason: string };

/** Tells what `db` (opened read-only) is, from its application_id, user_version and tables. */
export function identifyDatabase(db: Database.Database): Identity {
  const applicationId = db.pragma("application_id", { simple: true }) as number;
  const version = db.pragma("user_version", { simple: true }) as number;
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  if (applicationId === APPLICATION_ID) return { kind: "stp-scan", version };
  if (applicationId !== 0)
    return {
      kind: "foreign",
      reason: `it is marked as another program's, application id ${applicationId}`,
    };
  if (tables.length === 0 && version === 0) return { kind: "empty" };
  if (OWN_TABLES.every((t) => tables.includes(t)))
    return { kind: "stp-scan", version };
  const shown = tables.slice(0, TABLES_SHOWN).join(", ");
  const more = tables.length - TABLES_SHOWN;
  return {
    kind: "foreign",
    reason:
      tables.length === 0
        ? "it has no tables"
        : `it has tables ${shown}${more > 0 ? ` and ${more} more` : ""}`,
  };
}
