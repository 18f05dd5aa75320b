import {
  bundleTables,
  openDatabase,
  type Db,
} from "../../pipeline/store/index.js";

const {
  appendDeclarationRows,
  readDeclarationRows,
  readOcrSettings,
  readPageClasses,
} = bundleTables;

const PAGES = "page_declarations";
const readPageDeclarationRows = (db: Db) => readDeclarationRows(db, PAGES);
const appendPageDeclarationRows = (
  db: Db,
  rows: readonly Record<string, unknown>[],
) => appendDeclarationRows(db, PAGES, rows);

// The bundle reads what issue 15 (OCR) added to the schema: page classes (pages.source, schema 6), the OCR
// settings (scan_runs.ocr_engine, documents.ocr) and page declarations (schema 8), and null where a table is missing.

describe("a bundle reads the tables and columns of later schemas when they are there", () => {
  it("page declarations: null without the table (a schema before 8), every row with it, and written again with a new id", () => {
    const old = openDatabase(":memory:");
    old.exec("DROP TABLE page_declarations");
    expect(readPageDeclarationRows(old)).toBeNull();
    expect(appendPageDeclarationRows(old, [{ document: "a.pdf" }])).toBe(0);
    const db = openDatabase(":memory:");
    db.exec(`INSERT INTO page_declarations VALUES (5, 'plans/a/a.pdf', 's', 3, 'ann', 'a map', '2017-01-01', 0),
             (9, 'plans/a/a.pdf', 's', 3, 'bob', 'a legend', '2017-01-02', 1)`);
    const rows = readPageDeclarationRows(db) ?? [];
    expect(rows.map((r) => [r.page, r.auditor, r.note, r.withdrawn])).toEqual([
      [3, "ann", "a map", 0],
      [3, "bob", "a legend", 1],
    ]);
    const other = openDatabase(":memory:");
    expect(appendPageDeclarationRows(other, rows)).toBe(2);
    expect(
      (readPageDeclarationRows(other) ?? []).map((r) => [
        r.declaration_id,
        r.page,
        r.auditor,
        r.declared_at,
      ]),
    ).toEqual([
      [1, 3, "ann", "2017-01-01"],
      [2, 3, "bob", "2017-01-02"],
    ]);
  });

  it("duplicate declarations (schema 14): null without the table, every row with it, written again with a new id", () => {
    const old = openDatabase(":memory:");
    old.exec("DROP TABLE duplicate_declarations");
    expect(readDeclarationRows(old, "duplicate_declarations")).toBeNull();
    const db = openDatabase(":memory:");
    db.exec(`INSERT INTO duplicate_declarations VALUES
             (4, 'plans/a/b.pdf', 's', 'plans/a/a.pdf', 'ann', 'the same report', '2017-01-01', 0)`);
    const rows = readDeclarationRows(db, "duplicate_declarations") ?? [];
    const other = openDatabase(":memory:");
    expect(appendDeclarationRows(other, "duplicate_declarations", rows)).toBe(
      1,
    );
    expect(
      (readDeclarationRows(other, "duplicate_declarations") ?? []).map((r) => [
        r.declaration_id,
        r.document,
        r.duplicate_of,
        r.note,
      ]),
    ).toEqual([[1, "plans/a/b.pdf", "plans/a/a.pdf", "the same report"]]);
  });

  it("page classes: each stored page's source (text, ocr, picture, unreadable) by sha256", () => {
    const db = openDatabase(":memory:");
    db.exec(
      `INSERT INTO pages (sha256, page, text, has_text, source) VALUES ('s1', 1, 'x', 1, 'text'), ('s1', 2, '', 0, 'picture'),
         ('s1', 3, 'our social value', 0, 'ocr'), ('s1', 4, '', 0, 'unreadable')`,
    );
    expect(readPageClasses(db)?.get("s1")).toEqual({
      1: "text",
      2: "picture",
      3: "ocr",
      4: "unreadable",
    });
  });

  it("OCR settings: null when the last finished scan ran with OCR off, its engine and thresholds when on", () => {
    const db = openDatabase(":memory:");
    const run = (finished: string | null, engine: string | null) =>
      db
        .prepare(
          `INSERT INTO scan_runs (started_at, finished_at, corpus, lexicon_path, lexicon_sha256, tool_version,
             pdfjs_version, natural_version, node_version, ocr_engine) VALUES ('t', ?, 'c', 'l', 'h', 'v', 'p', 'n', 'o', ?)`,
        )
        .run(finished, engine);
    expect(readOcrSettings(db)).toBeNull();
    run("2017-01-01", null);
    expect(readOcrSettings(db)).toBeNull();
    run("2017-01-02", "tesseract 5.3.0");
    run(null, "tesseract 9");
    db.exec(
      `INSERT INTO plans (plan_id, name, region) VALUES ('a', 'A', 'North')`,
    );
    db.exec(
      `INSERT INTO documents (document, plan_id, role, manifest_order, sha256, status, in_manifest, scan_run_id, ocr)
         VALUES ('plans/a/a.pdf', 'a', 'plan', 0, 's1', 'ok', 1, 2, 'tesseract 5.3.0; words >= 12, confidence >= 80')`,
    );
    expect(readOcrSettings(db)).toEqual({
      engine: "tesseract 5.3.0",
      minWords: 12,
      minConfidence: 80,
    });
  });
});
