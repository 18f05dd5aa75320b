// A one-page document with one mention, and an in-memory database ready to store it (its plan and a run).
import { openDatabase, scanTables } from "../../pipeline/store/index.js";
import type { DocResult, LocatedMention } from "../../pipeline/types.js";

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

/** The document as a scan hands it to the store. */
export const result: DocResult = {
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
  pages: [{ page: 1, raw: "our social value", hasText: true }],
  mentions: [],
};

/** Its one mention, located. */
export const mention: LocatedMention = {
  mentionId: "m1",
  boxes: [],
  document: doc.path,
  page: 1,
  termId: "social-value",
  concept: "social-value",
  headline: true,
  span: { start: 4, end: 16 },
  surface: "social value",
  leftContext: "our",
  rightContext: "",
  source: "text",
  confidence: null,
  location: "body",
};

/** A database in memory holding the document's plan, and the id of a run begun in it. */
export function seeded() {
  const db = openDatabase(":memory:");
  scanTables.savePlans(db, [{ id: "a", name: "A", region: "" }]);
  return { db, runId: scanTables.saveRunStart(db, run) };
}
