import { loadMentions } from "../../pipeline/audit/index.js";
import {
  readDocuments,
  readMentions,
  scanTables,
} from "../../pipeline/store/index.js";
import { mention, result, seeded } from "./stored-document.js";

const write = { result, extractor: "x", locateVersion: 1 };

describe("a document is stored in one transaction: whole, or not at all", () => {
  it("stores a document with its mentions, and a re-save replaces its mentions", () => {
    const { db, runId } = seeded();
    scanTables.saveDocument(db, { ...write, runId, mentions: [mention] });
    scanTables.saveDocument(db, {
      ...write,
      runId,
      mentions: [{ ...mention, mentionId: "m2" }],
    });
    expect(
      loadMentions(db).map((m) => [m.mention_id, m.surface, m.verdict]),
    ).toEqual([["m2", "social value", "pending"]]);
    expect(readDocuments(db).map((d) => [d.document, d.status])).toEqual([
      ["plans/a/x.pdf", "ok"],
    ]);
  });

  it("a failure inside a document's write leaves the earlier state whole", () => {
    const { db, runId } = seeded();
    scanTables.saveDocument(db, { ...write, runId, mentions: [mention] });
    // Two mentions with one id break the primary key after the document row was updated.
    expect(() =>
      scanTables.saveDocument(db, {
        ...write,
        runId,
        result: { ...result, status: "partial-text" },
        mentions: [mention, mention],
      }),
    ).toThrow();
    expect(readDocuments(db).map((d) => d.status)).toEqual(["ok"]);
    expect(readMentions(db).map((m) => m.mention_id)).toEqual(["m1"]);
  });
});
