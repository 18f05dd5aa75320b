import {
  appendPageDeclarationRows,
  openDatabase,
  readOcrSettings,
  readPageClasses,
  readPageDeclarationRows,
} from "../../pipeline/store/index.js";

// The bundle reads what issue 15 (OCR) adds to the schema when it is there, and null when it is not. Page declarations are
// schema 8's table; the page-class and OCR-settings columns below still stand in for schema 6's.

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

  it("page classes: null without pages.source (a schema before 6), each page's class by sha256 with it", () => {
    const old = openDatabase(":memory:");
    old.exec(`ALTER TABLE pages DROP COLUMN source`);
    old.exec(
      `INSERT INTO pages (sha256, page, text, has_text) VALUES ('s1', 1, 'x', 1), ('s1', 2, '', 0)`,
    );
    expect(readPageClasses(old)).toBeNull();
    const db = openDatabase(":memory:");
    db.exec(
      `INSERT INTO pages (sha256, page, text, has_text, source) VALUES ('s1', 1, 'x', 1, 'text'), ('s1', 2, '', 0, 'picture')`,
    );
    expect(readPageClasses(db)?.get("s1")).toEqual({ 1: "text", 2: "picture" });
  });

  it("OCR settings: null before schema 6 or for a scan with OCR off, the last finished scan's engine with it", () => {
    const old = openDatabase(":memory:");
    old.exec(`ALTER TABLE scan_runs DROP COLUMN ocr_engine`);
    expect(readOcrSettings(old)).toBeNull();
    const db = openDatabase(":memory:");
    const run = (finished: string | null, engine: string | null) =>
      db
        .prepare(
          `INSERT INTO scan_runs (started_at, finished_at, corpus, lexicon_path, lexicon_sha256, tool_version,
             pdfjs_version, natural_version, node_version, ocr_engine) VALUES ('t', ?, 'c', 'l', 'h', 'v', 'p', 'n', 'o', ?)`,
        )
        .run(finished, engine);
    run("2017-01-01", null);
    expect(readOcrSettings(db)).toBeNull();
    run("2017-01-02", "tesseract 5.3.0");
    run(null, "tesseract 9");
    expect(readOcrSettings(db)).toEqual({
      engine: "tesseract 5.3.0",
      minWords: null,
      minConfidence: null,
    });
  });
});
