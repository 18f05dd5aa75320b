import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  auditProgress,
  effectiveVerdicts,
  orphanedVerdicts,
} from "../../pipeline/audit/index.js";
import { renderAuditStatus } from "../../pipeline/report/index.js";
import { scanCorpus } from "../../pipeline/scan/index.js";
import {
  appendVerdicts,
  openDatabase,
  readMentions,
} from "../../pipeline/store/index.js";
import type { VerdictRow } from "../../pipeline/types.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { verdictRow } from "./verdict-row.js";

const row = (
  mentionId: string,
  verdict: VerdictRow["verdict"],
  auditor: string,
  note: string | null = null,
) => verdictRow(mentionId, verdict, auditor, "judge", note);
const orphans = (rows: VerdictRow[], current: string[]) =>
  orphanedVerdicts(effectiveVerdicts(rows), new Set(current)).map(
    (o) => `${o.mentionId} ${o.state.verdict}`,
  );

describe("an orphaned verdict: its mention is gone and its effective verdict is not pending", () => {
  it("auditor A accepts, auditor B then only adds a note: the verdict is A's, orphaned when the mention goes (fixed #13)", () => {
    const rows = [
      row("m1", "accepted", "ann"),
      row("m1", "pending", "bob", "see p4"),
    ];
    expect(orphans(rows, [])).toEqual(["m1 accepted"]);
    expect(orphans(rows, ["m1"])).toEqual([]);
  });

  it("a verdict undone (back to pending) orphans nothing; a disputed one is orphaned as disputed", () => {
    expect(
      orphans(
        [
          row("m1", "accepted", "ann"),
          row("m1", "pending", "ann"),
          row("m2", "accepted", "ann"),
          row("m2", "rejected", "bob"),
          row("m3", "rejected", "ann"),
        ],
        ["m3"],
      ),
    ).toEqual(["m2 disputed"]);
  });

  it("the scan's change summary and audit status name the same orphans (fixed #13)", async () => {
    const corpus = writeCorpus([
      {
        plan: "a",
        path: "plans/a/plan.pdf",
        bytes: makePdf([textPage("We apply the Social Value Act.")]),
      },
    ]);
    const db = join(tempDir(), "db.sqlite");
    await scanCorpus({ corpus, db, lexicon: null, jobs: 1 });
    const handle = openDatabase(db);
    const act = readMentions(handle).find(
      (m) => m.term_id === "social-value-act",
    )?.mention_id as string;
    expect(act).toMatch(/./);
    appendVerdicts(handle, [
      {
        mentionId: act,
        verdict: "accepted",
        auditor: "ann",
        note: null,
        kind: "judge",
      },
      {
        mentionId: act,
        verdict: "pending",
        auditor: "bob",
        note: "see p4",
        kind: "judge",
      },
    ]);
    handle.close();
    const lexicon = join(tempDir(), "lexicon.csv");
    // No term finds those words now (a term that did would take the verdict: a-verdict-follows-its-passage).
    writeFileSync(
      lexicon,
      "id,phrase,concept,headline\ncommunity-benefit,community benefit,related,false\n",
    );
    const rescan = await scanCorpus({ corpus, db, lexicon, jobs: 1 });
    expect(rescan.changes.orphanedVerdicts).toEqual([
      { mentionId: act, verdict: "accepted" },
    ]);
    const after = openDatabase(db);
    try {
      expect(renderAuditStatus(auditProgress(after))).toContain(
        `1 orphaned verdict (their mention is no longer found; kept):\n  ${act}: accepted (see p4)\n`,
      );
    } finally {
      after.close();
    }
  });
});
