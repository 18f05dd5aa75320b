import type { Db } from "./open-database.js";

// What a bundle (issue 17 §3) reads beyond the exports: tables and columns that later schemas add (issue 15's OCR
// page sources and page declarations). Each read asks SQLite whether the table or column is there, so a bundle of
// a database from before holds null for them instead of failing.

const hasTable = (db: Db, table: string) =>
  db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(table) !== undefined;

const columnsOf = (db: Db, table: string) =>
  (
    db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as {
      name: string;
    }[]
  ).map((c) => c.name);

/** Every row of `page_declarations` (issue 15 `corpus accept-pages`), oldest first; null when the table is absent. */
export function readPageDeclarationRows(
  db: Db,
): Record<string, unknown>[] | null {
  if (!hasTable(db, "page_declarations")) return null;
  return db
    .prepare(`SELECT * FROM page_declarations ORDER BY rowid`)
    .all() as Record<string, unknown>[];
}

/**
 * Each stored page's class (`text`, `ocr`, `picture`, `unreadable`) by file sha256 and 1-based page number;
 * null when the database does not record them.
 */
// TODO(issue 15): the OCR merge names the column; `source` is the issue's word for it ("the page's source").
export function readPageClasses(
  db: Db,
): Map<string, Record<string, string>> | null {
  if (!columnsOf(db, "pages").includes("source")) return null;
  const rows = db
    .prepare(`SELECT sha256, page, source FROM pages ORDER BY sha256, page`)
    .all() as { sha256: string; page: number; source: string | null }[];
  const classes = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const pages = classes.get(r.sha256) ?? {};
    if (r.source !== null) pages[String(r.page)] = r.source;
    classes.set(r.sha256, pages);
  }
  return classes;
}

/**
 * The OCR settings of the latest finished scan: every `ocr_*` column of `scan_runs`, by column name; null when the
 * database stores none (a schema from before issue 15).
 */
export function readOcrSettings(db: Db): Record<string, unknown> | null {
  const columns = columnsOf(db, "scan_runs").filter((c) => c.startsWith("ocr"));
  if (columns.length === 0) return null;
  const row = db
    .prepare(
      `SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM scan_runs
       WHERE finished_at IS NOT NULL ORDER BY run_id DESC LIMIT 1`,
    )
    .get() as Record<string, unknown> | undefined;
  return row ?? null;
}

/**
 * Appends a bundle's page declarations to `page_declarations`, keeping each row's own columns (those the table
 * has, but an INTEGER PRIMARY KEY, which is given anew). Gives how many rows were written: 0 without the table.
 */
export function appendPageDeclarationRows(
  db: Db,
  rows: readonly Readonly<Record<string, unknown>>[],
): number {
  if (rows.length === 0 || !hasTable(db, "page_declarations")) return 0;
  const known = new Set(
    (
      db
        .prepare(`SELECT name, type, pk FROM pragma_table_info(?)`)
        .all("page_declarations") as {
        name: string;
        type: string;
        pk: number;
      }[]
    )
      .filter((c) => !(c.pk === 1 && c.type.toUpperCase() === "INTEGER"))
      .map((c) => c.name),
  );
  db.transaction(() => {
    for (const row of rows) {
      // Names come from the table itself, never from the bundle, so they are safe to put in the SQL text.
      const columns = Object.keys(row).filter((c) => known.has(c));
      if (columns.length === 0) continue;
      db.prepare(
        `INSERT INTO page_declarations (${columns.map((c) => `"${c}"`).join(", ")})
         VALUES (${columns.map(() => "?").join(", ")})`,
      ).run(...columns.map((c) => row[c] as string | number | null));
    }
  })();
  return rows.length;
}
