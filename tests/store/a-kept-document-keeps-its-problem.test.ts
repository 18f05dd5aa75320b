import { join } from "node:path";
import Database from "better-sqlite3";
import { problemLine } from "../../pipeline/problem.js";
import { scanCorpus } from "../../pipeline/scan/index.js";
import {
  openDatabase,
  scanTables,
  type Db,
} from "../../pipeline/store/index.js";
import type { DocProblem } from "../../pipeline/types.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { UNDO_SCHEMA_18 } from "./older-schema.js";

const DAMAGED = "plans/a/damaged.pdf";
const SCANNED = "plans/b/scanned.pdf";
const PICTURE = "plans/c/picture.pdf";

function corpus(): string {
  return writeCorpus([
    { plan: "a", path: "plans/a/plan.pdf", bytes: makePdf([textPage("x")]) },
    {
      plan: "a",
      path: DAMAGED,
      bytes: new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj\n<<", "latin1")),
    },
    {
      plan: "b",
      path: SCANNED,
      bytes: makePdf([textPage("social value"), imagePage()]),
    },
    { plan: "c", path: PICTURE, bytes: makePdf([imagePage()]) },
  ]);
}

/** Scans (OCR off: the image page stays without text) and gives each document's problem, by path. */
async function problems(root: string, db: string) {
  const summary = await scanCorpus({
    corpus: root,
    db,
    lexicon: null,
    jobs: 1,
    ocr: "off",
  });
  return {
    pagesRead: summary.pagesRead,
    problems: new Map(summary.results.map((r) => [r.doc.path, r.problem])),
  };
}

/** The stored columns of a document's problem: the data, parsed, and its one line. */
function storedColumns(db: string, document: string) {
  const handle = new Database(db, { readonly: true });
  const row = handle
    .prepare(
      "SELECT problem, error, read_problem FROM documents WHERE document = ?",
    )
    .get(document) as {
    problem: string | null;
    error: string | null;
    read_problem: string | null;
  };
  handle.close();
  return {
    problem:
      row.problem === null ? null : (JSON.parse(row.problem) as DocProblem),
    error: row.error,
    readProblem: row.read_problem,
  };
}

/** Declares SCANNED a duplicate of the plan's readable document, or withdraws that, as the duplicate rules store it. */
const declared = (db: Db, standing: boolean) =>
  scanTables.saveDuplicateFindings(db, [
    {
      document: SCANNED,
      duplicateOf: standing ? "plans/a/plan.pdf" : null,
      reason: standing ? "declared" : null,
      nearDuplicateOf: null,
      pagesShared: null,
    },
  ]);

/** The corpus scanned, then SCANNED declared a duplicate: the database open, and the problems the scan gave. */
async function scannedWithADuplicate() {
  const root = corpus();
  const db = join(tempDir(), "db.sqlite");
  const { problems: found } = await problems(root, db);
  const handle = openDatabase(db);
  declared(handle, true);
  return { root, db, found, handle };
}

describe("a document's problem is stored as data, so a document kept from an earlier scan keeps it", () => {
  it("a re-scan that reads nothing gives each kept document the problem its reading gave: file, status, reason, pages, cause", async () => {
    const root = corpus();
    const db = join(tempDir(), "db.sqlite");
    const first = await problems(root, db);
    expect(first.problems.get(DAMAGED)).toEqual({
      file: DAMAGED,
      status: "corrupt",
      reason: expect.stringMatching(/^damaged PDF/),
      cause: { name: expect.any(String), message: expect.any(String) },
    });
    expect(first.problems.get(SCANNED)).toMatchObject({
      file: SCANNED,
      status: "partial-text",
      pages: [2],
    });
    expect(first.problems.get("plans/a/plan.pdf")).toBeNull();

    const again = await problems(root, db);
    expect(again.pagesRead).toBe(0);
    expect(again.problems).toEqual(first.problems);
  });

  it("the stored line is the problem's one line, as exports and older readers show it", async () => {
    const root = corpus();
    const db = join(tempDir(), "db.sqlite");
    const { problems: found } = await problems(root, db);
    for (const document of [DAMAGED, SCANNED]) {
      const stored = storedColumns(db, document);
      expect(stored.problem).toEqual(found.get(document));
      expect(stored.error).toBe(problemLine(found.get(document) ?? null));
    }
    expect(storedColumns(db, "plans/a/plan.pdf")).toEqual({
      problem: null,
      error: null,
      readProblem: null,
    });
  });

  it("a duplicate keeps its own problem aside and gets it back when it no longer repeats the other", async () => {
    const { db, found, handle } = await scannedWithADuplicate();
    expect(storedColumns(db, SCANNED)).toMatchObject({
      problem: null,
      error: null,
    });
    expect(
      scanTables.readSnapshot(handle).documents.get(SCANNED)?.problem,
    ).toEqual(found.get(SCANNED));
    declared(handle, false);
    handle.close();
    expect(storedColumns(db, SCANNED)).toEqual({
      problem: found.get(SCANNED),
      error: problemLine(found.get(SCANNED) ?? null),
      readProblem: null,
    });
  });

  it("a database from before gets its problems as data from the stored lines: file, status, the reason without the file", async () => {
    const { root, db, found, handle } = await scannedWithADuplicate();
    handle.exec(UNDO_SCHEMA_18);
    handle.pragma("user_version = 17");
    handle.close();

    const migrated = openDatabase(db);
    const without = (p: DocProblem | null | undefined) => {
      const { cause: _cause, ...rest } = p as DocProblem;
      return rest;
    };
    expect(storedColumns(db, DAMAGED).problem).toEqual(
      without(found.get(DAMAGED)),
    );
    expect(storedColumns(db, PICTURE).problem).toEqual({
      file: PICTURE,
      status: "no-text",
      reason: found.get(PICTURE)?.reason,
      pages: [1],
    });
    declared(migrated, false);
    migrated.close();
    expect(storedColumns(db, SCANNED).problem).toEqual(found.get(SCANNED));

    const again = await problems(root, db);
    expect(again.pagesRead).toBe(0);
    expect(
      [DAMAGED, SCANNED, PICTURE].map((d) =>
        problemLine(again.problems.get(d) ?? null),
      ),
    ).toEqual(
      [DAMAGED, SCANNED, PICTURE].map((d) => problemLine(found.get(d) ?? null)),
    );
    expect(again.problems.get("plans/a/plan.pdf")).toBeNull();
  });
});
