import { loadMentions } from "../../pipeline/audit/index.js";
import { appendVerdicts, scanTables } from "../../pipeline/store/index.js";
import { mention, result, seeded } from "../store/stored-document.js";

// The store gives mention rows without a verdict; audit/ works out which verdict is in force (effectiveVerdicts).
describe("a mention row carries the verdict in force and the latest note", () => {
  const stored = () => {
    const { db, runId } = seeded();
    scanTables.saveDocument(db, {
      runId,
      result,
      extractor: "x",
      locateVersion: 1,
      mentions: [mention, { ...mention, mentionId: "m2" }],
    });
    return db;
  };
  const judged = (m: { mention_id: string; verdict: string; note: unknown }) =>
    `${m.mention_id} ${m.verdict} ${String(m.note)}`;

  it("pending, without a note, until someone judges it", () => {
    expect(loadMentions(stored()).map(judged)).toEqual([
      "m1 pending null",
      "m2 pending null",
    ]);
  });

  it("two auditors who disagree leave it disputed; a settlement decides it", () => {
    const db = stored();
    const verdict = { mentionId: "m1", kind: "judge" as const, note: null };
    appendVerdicts(db, [
      { ...verdict, verdict: "accepted", auditor: "ann", note: "clear" },
      { ...verdict, verdict: "rejected", auditor: "bob" },
      { ...verdict, mentionId: "m2", verdict: "rejected", auditor: "ann" },
    ]);
    expect(loadMentions(db).map(judged)).toEqual([
      "m1 disputed clear",
      "m2 rejected null",
    ]);
    appendVerdicts(db, [
      { ...verdict, kind: "settle", verdict: "accepted", auditor: "cy" },
    ]);
    expect(loadMentions(db).map(judged)[0]).toBe("m1 accepted clear");
  });
});
