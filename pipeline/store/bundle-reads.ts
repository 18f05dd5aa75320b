import type { Db } from "./db.js";
import { readLatestRunInfo } from "./runs.js";
import { columnsOf, hasTable } from "./table-info.js";

// What a bundle reads beyond the exports: tables and columns that later schemas add (OCR
// page sources, declarations, coded passages and the elusion sample). Each read asks SQLite whether the table or column is there, so a bundle of
// a database from before holds null for them instead of failing.

/**
 * The append-only tables a bundle carries whole: pages declared read, documents declared duplicates, passages coded
 * (spec v2.1 point 4) and the elusion sample's draws, pages and answers (point 5).
 */
export type DeclarationTable =
  | "page_declarations"
  | "duplicate_declarations"
  | "coded_passages"
  | "elusion_draws"
  | "elusion_items"
  | "elusion_judgements";

/**
 * Every row of a declaration table (`corpus accept-pages`, `corpus declare-duplicate`), oldest
 * first; null when the table is absent.
 */
export function readDeclarationRows(
  db: Db,
  table: DeclarationTable,
): Record<string, unknown>[] | null {
  if (!hasTable(db, table)) return null;
  return db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<
    string,
    unknown
  >[];
}

/**
 * Each stored page's class (`text`, `ocr`, `picture`, `unreadable`) by file sha256 and 1-based page number;
 * null when the database does not record them.
 */
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
 * The OCR settings the corpus was read with: the last run's engine (`ocr_engine`) and the thresholds of its
 * documents (`documents.ocr`, e.g. "tesseract 5.3.0; words >= 10, confidence >= 70"); null when the scan ran
 * with OCR off (or the database is from before OCR), so a verify scans with `--ocr off`.
 */
export function readOcrSettings(db: Db): Record<string, unknown> | null {
  if (!columnsOf(db, "scan_runs").includes("ocr_engine")) return null;
  const engine = readLatestRunInfo(db)?.ocrEngine ?? null;
  if (engine === null) return null;
  const read = db
    .prepare(
      `SELECT ocr FROM documents WHERE ocr IS NOT NULL AND ocr LIKE '%words >= %' AND removed = 0 LIMIT 1`,
    )
    .get() as { ocr: string } | undefined;
  const figure = (name: string) => {
    const m = new RegExp(`${name} >= (\\d+)`).exec(read?.ocr ?? "");
    return m === null ? null : Number(m[1]);
  };
  return {
    engine,
    minWords: figure("words"),
    minConfidence: figure("confidence"),
  };
}

/**
 * Appends a bundle's rows of a declaration table, keeping each row's own columns (those the table has, but an
 * INTEGER PRIMARY KEY, which is given anew unless `keepKeys`: rows that others point at by it, as an elusion draw's
 * pages and answers point at the draw). Gives how many rows were written: 0 without the table.
 */
export function appendDeclarationRows(
  db: Db,
  table: DeclarationTable,
  rows: readonly Readonly<Record<string, unknown>>[],
  keepKeys = false,
): number {
  if (rows.length === 0 || !hasTable(db, table)) return 0;
  const known = new Set(
    (
      db
        .prepare(`SELECT name, type, pk FROM pragma_table_info(?)`)
        .all(table) as {
        name: string;
        type: string;
        pk: number;
      }[]
    )
      .filter(
        (c) => keepKeys || !(c.pk === 1 && c.type.toUpperCase() === "INTEGER"),
      )
      .map((c) => c.name),
  );
  db.transaction(() => {
    for (const row of rows) {
      // Names come from the table itself, never from the bundle, so they are safe to put in the SQL text.
      const columns = Object.keys(row).filter((c) => known.has(c));
      if (columns.length === 0) continue;
      db.prepare(
        `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")})
         VALUES (${columns.map(() => "?").join(", ")})`,
      ).run(...columns.map((c) => row[c] as string | number | null));
    }
  })();
  return rows.length;
}
