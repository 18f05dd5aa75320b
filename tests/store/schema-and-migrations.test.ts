import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import {
  DatabaseError,
  openDatabase,
  readDocuments,
  SCHEMA_VERSION,
  beginRun,
  saveDocument,
  saveLexiconAndPlans,
  readMentions,
} from "../../pipeline/store/index.js";
import type { DocResult, MentionRecord } from "../../pipeline/types.js";
import { tempDir } from "../helpers.js";

const run = {
  corpus: "/c",
  lexiconPath: "/l",
  lexiconSha256: "0".repeat(64),
  toolVersion: "t",
  pdfjsVersion: "p",
  naturalVersion: "n",
  nodeVersion: "v",
};
const doc = {
  planId: "a",
  path: "plans/a/x.pdf",
  role: "plan",
  order: 0,
  manifestSha256: null,
  inManifest: true,
  existsOnDisk: true,
};
const result: DocResult = {
  doc,
  sha256: "s".repeat(64),
  bytes: 10,
  status: "ok",
  pageCount: 1,
  pagesWithoutText: [],
  pagesOcr: [],
  pagesPicture: [],
  blankPages: [],
  warnings: [],
  repaired: false,
  problem: null,
  duplicateOf: null,
  duplicateReason: null,
  pages: [{ pageNumber: 1, raw: "our social value", hasText: true }],
  mentions: [],
};
const mention: MentionRecord = {
  mentionId: "m1",
  boxes: [],
  document: doc.path,
  pageNumber: 1,
  termId: "social-value",
  concept: "social-value",
  headline: true,
  span: { start: 4, end: 16 },
  surface: "social value",
  leftContext: "our",
  rightContext: "",
  source: "text",
  confidence: null,
};

function seeded() {
  const db = openDatabase(":memory:");
  saveLexiconAndPlans(
    db,
    [
      {
        id: "social-value",
        phrase: "social value",
        concept: "social-value",
        headline: true,
      },
    ],
    [{ id: "a", name: "A", region: "" }],
  );
  return { db, runId: beginRun(db, run) };
}

describe("the database: schema by user_version, WAL, one transaction per document", () => {
  it("a new database gets the latest schema version and WAL", () => {
    const file = join(tempDir(), "db.sqlite");
    const db = openDatabase(file);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("reopening a database does not run its migrations again", () => {
    const file = join(tempDir(), "db.sqlite");
    openDatabase(file).close();
    expect(() => openDatabase(file).close()).not.toThrow();
  });

  it("a database from a newer stp-scan is refused, not misread", () => {
    const file = join(tempDir(), "db.sqlite");
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseError);
    expect(() => openDatabase(file)).toThrow(/written by a newer stp-scan/);
  });

  it("a file that is not a database is refused with its name", () => {
    const file = join(tempDir(), "notes.sqlite");
    writeFileSync(file, "not a database at all, just text ".repeat(100));
    expect(() => openDatabase(file)).toThrow(new RegExp(`^${file}: `));
  });

  it("stores a document with its mentions, and a re-save replaces its mentions", () => {
    const { db, runId } = seeded();
    saveDocument(db, {
      runId,
      result: result,
      mentions: [mention],
      extractor: "x",
    });
    saveDocument(db, {
      runId,
      result: result,
      mentions: [{ ...mention, mentionId: "m2" }],
      extractor: "x",
    });
    expect(
      readMentions(db).map((m) => [m.mention_id, m.surface, m.verdict]),
    ).toEqual([["m2", "social value", "pending"]]);
    expect(readDocuments(db).map((d) => [d.document, d.status])).toEqual([
      ["plans/a/x.pdf", "ok"],
    ]);
  });

  it("a failure inside a document's write leaves the earlier state whole", () => {
    const { db, runId } = seeded();
    saveDocument(db, {
      runId,
      result: result,
      mentions: [mention],
      extractor: "x",
    });
    // Two mentions with one id break the primary key after the document row was updated.
    expect(() =>
      saveDocument(db, {
        runId,
        result: { ...result, status: "partial-text" },
        mentions: [mention, mention],
        extractor: "x",
      }),
    ).toThrow();
    expect(readDocuments(db).map((d) => d.status)).toEqual(["ok"]);
    expect(readMentions(db).map((m) => m.mention_id)).toEqual(["m1"]);
  });
});
