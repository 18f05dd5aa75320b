import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scanCorpus } from "../../pipeline/scan/index.js";
import { loadMentions } from "../../pipeline/audit/index.js";
import { computeShare, countPlans } from "../../pipeline/stats/index.js";
import {
  openDatabase,
  readDocuments,
  readPlanFacts,
} from "../../pipeline/store/index.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

const mentioning = makePdf([
  textPage("We will add social value."),
  textPage("And more social value in tenders."),
]);
const decoy = makePdf([textPage("Social care and value for money.")]);
const html = new Uint8Array(Buffer.from("<html>404</html>"));

async function scan(root: string, db = join(tempDir(), "db.sqlite")) {
  const notices: string[] = [];
  const summary = await scanCorpus({
    corpus: root,
    db,
    lexicon: null,
    jobs: 2,
    onNotice: (l) => notices.push(l),
  });
  const handle = openDatabase(db);
  const out = {
    summary,
    notices,
    db,
    docs: readDocuments(handle),
    mentions: loadMentions(handle),
    stat: computeShare(countPlans(readPlanFacts(handle)), 1),
  };
  handle.close();
  return out;
}

describe("scan: bad files become statuses and one-line notices; the rest goes on", () => {
  it("an unreadable file puts its plan apart while the others are counted", async () => {
    const root = writeCorpus([
      { plan: "a", path: "plans/a/plan.pdf", bytes: mentioning },
      { plan: "b", path: "plans/b/plan.pdf", bytes: decoy },
      { plan: "b", path: "plans/b/appendix.pdf", bytes: html },
      {
        plan: "c",
        path: "plans/c/plan.pdf",
        bytes: makePdf([textPage("Nothing to see.")]),
      },
    ]);
    const r = await scan(root);
    expect(r.docs.map((d) => [d.document, d.status])).toEqual([
      ["plans/a/plan.pdf", "ok"],
      ["plans/b/plan.pdf", "ok"],
      ["plans/b/appendix.pdf", "not-pdf"],
      ["plans/c/plan.pdf", "ok"],
    ]);
    expect(r.notices).toEqual([
      expect.stringMatching(/^plans\/b\/appendix\.pdf: not a PDF/),
    ]);
    expect([
      r.stat.numerator,
      r.stat.denominator,
      r.stat.reportedApart.map((a) => a.plan),
    ]).toEqual([1, 2, ["b"]]);
    expect(r.mentions.map((m) => [m.document, m.page, m.surface])).toEqual([
      ["plans/a/plan.pdf", 1, "social value"],
      ["plans/a/plan.pdf", 2, "social value"],
    ]);
  });

  it("an exact copy is stored once, marked duplicate of the first in manifest order, and adds nothing", async () => {
    const root = writeCorpus([
      { plan: "a", path: "plans/a/plan.pdf", bytes: mentioning },
      { plan: "a", path: "plans/a/plan-v2.pdf", bytes: mentioning },
      { plan: "b", path: "plans/b/borrowed.pdf", bytes: mentioning },
    ]);
    const r = await scan(root);
    expect(r.docs.map((d) => [d.document, d.status, d.duplicate_of])).toEqual([
      ["plans/a/plan.pdf", "ok", null],
      ["plans/a/plan-v2.pdf", "duplicate", "plans/a/plan.pdf"],
      ["plans/b/borrowed.pdf", "duplicate", "plans/a/plan.pdf"],
    ]);
    expect(r.stat.plans.map((p) => [p.plan, p.headline, p.mentions])).toEqual([
      ["a", 2, true],
      ["b", 0, false],
    ]);
  });

  it("a copy of an unreadable file is as unreadable as the original", async () => {
    const r = await scan(
      writeCorpus([
        { plan: "a", path: "plans/a/x.pdf", bytes: html },
        { plan: "b", path: "plans/b/y.pdf", bytes: html },
      ]),
    );
    expect(r.docs.map((d) => d.status)).toEqual(["not-pdf", "not-pdf"]);
    expect(r.stat.reportedApart.map((a) => a.plan)).toEqual(["a", "b"]);
  });

  it("a manifest row with no file is reported and its plan is put apart", async () => {
    const root = writeCorpus([
      { plan: "a", path: "plans/a/plan.pdf", bytes: mentioning },
      { plan: "a", path: "plans/a/gone.pdf", bytes: decoy },
    ]);
    rmSync(join(root, "plans/a/gone.pdf"));
    const r = await scan(root);
    expect(r.docs.map((d) => [d.document, d.status])).toEqual([
      ["plans/a/plan.pdf", "ok"],
      ["plans/a/gone.pdf", "missing"],
    ]);
    expect(r.stat.reportedApart).toEqual([
      { plan: "a", reasons: ["missing: plans/a/gone.pdf"] },
    ]);
  });

  it("a file whose sha256 differs from the manifest is reported and the file on disk is read", async () => {
    const r = await scan(
      writeCorpus([
        {
          plan: "a",
          path: "plans/a/plan.pdf",
          bytes: mentioning,
          sha256: "f".repeat(64),
        },
      ]),
    );
    expect(r.notices).toEqual([
      expect.stringMatching(
        /^plans\/a\/plan\.pdf: sha256 differs from manifest\.csv/,
      ),
    ]);
    expect(r.docs[0]?.manifest_sha256).toBe("f".repeat(64));
    expect(r.mentions).toHaveLength(2);
  });

  it("a re-scan keeps mention ids, and a file that left the corpus leaves the statistic", async () => {
    const root = writeCorpus([
      { plan: "a", path: "plans/a/plan.pdf", bytes: mentioning },
      { plan: "b", path: "plans/b/plan.pdf", bytes: mentioning },
    ]);
    const db = join(tempDir(), "db.sqlite");
    const first = await scan(root, db);
    writeFileSync(
      join(root, "manifest.csv"),
      `plan_id,path\na,plans/a/plan.pdf\n`,
    );
    rmSync(join(root, "plans/b"), { recursive: true });
    const second = await scan(root, db);
    expect(second.summary.removed).toEqual(["plans/b/plan.pdf"]);
    expect(second.mentions.map((m) => m.mention_id)).toEqual(
      first.mentions.filter((m) => m.plan_id === "a").map((m) => m.mention_id),
    );
    expect(second.stat.plans.map((p) => p.plan)).toEqual(["a"]);
  });
});
