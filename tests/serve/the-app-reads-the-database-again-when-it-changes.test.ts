import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { listed, serveInProcess } from "./served-in-process.js";

/** Alpha: three pages with a mention each; beta: one, or after `rewrite` two near the word "lighthouse". */
function writePlans(root: string, rewrite = false): string {
  return writeCorpus(
    [
      {
        plan: "alpha",
        path: "plans/alpha/plan.pdf",
        bytes: makePdf(
          [
            "We will add social value.",
            "Nothing here.",
            "Partners measure social value.",
            "Social value in contracts.",
          ].map((t) => textPage(t)),
        ),
      },
      {
        plan: "beta",
        path: "plans/beta/plan.pdf",
        bytes: makePdf(
          rewrite
            ? [
                textPage("The lighthouse trust adds social value."),
                textPage("Harbour partners report social value."),
              ]
            : [textPage("Partners add social value.")],
        ),
      },
    ],
    root,
  );
}

function scanned(): { corpus: string; db: string } {
  const corpus = writePlans(tempDir());
  const db = join(tempDir(), "stp.sqlite");
  expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  return { corpus, db };
}

describe("stp-scan serve reads its database again when it changes (issue 18)", () => {
  it("shows a verdict given by another process in the list and the statistic", async () => {
    const { db } = scanned();
    const served = await serveInProcess(db);
    try {
      const all = await listed(served);
      expect(all.total).toBe(4);
      expect((await listed(served, "verdict=accepted")).total).toBe(0);
      const id = all.rows[2]?.id ?? "";
      const r = runCli([
        "audit",
        "accept",
        id,
        "--db",
        db,
        "--auditor",
        "terminal",
      ]);
      expect(r.status).toBe(0);
      expect(
        (await listed(served, "verdict=accepted")).rows.map((m) => m.id),
      ).toEqual([id]);
      const stats = JSON.parse((await served.get("/api/stats")).body) as {
        counts: { accepted: number; pending: number };
      };
      expect(stats.counts).toMatchObject({ accepted: 1, pending: 3 });
    } finally {
      await served.close();
    }
  });

  it("lists the mentions and words of a document another process re-scanned, and serves its new PDF", async () => {
    const { corpus, db } = scanned();
    const served = await serveInProcess(db);
    try {
      const before = await listed(served);
      expect(before.total).toBe(4);
      expect((await listed(served, "q=lighthouse")).total).toBe(0);
      writePlans(corpus, true);
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      const after = await listed(served);
      expect(after.total).toBe(5);
      const found = await listed(served, "q=lighthouse");
      expect(found.rows.map((m) => m.left)).toEqual([
        "The lighthouse trust adds",
      ]);
      // The mention of beta's old text is gone, and so is its PDF; the new ones are served.
      const gone = before.rows.filter(
        (m) => !after.rows.some((n) => n.id === m.id),
      );
      expect(gone).toHaveLength(1);
      expect((await served.get(`/api/pdf/${gone[0]?.id ?? ""}`)).status).toBe(
        404,
      );
      expect(
        (await served.get(`/api/pdf/${found.rows[0]?.id ?? ""}`)).status,
      ).toBe(200);
    } finally {
      await served.close();
    }
  });

  it("answers as a server started afresh does, after its own verdicts, another process's and a re-scan", async () => {
    const { corpus, db } = scanned();
    const served = await serveInProcess(db);
    const paths = [
      "/api/mentions?",
      "/api/mentions?verdict=pending",
      "/api/mentions?verdict=rejected",
      "/api/mentions?q=partners",
      "/api/stats",
    ];
    const answers = (s: typeof served) =>
      Promise.all(paths.map((p) => s.get(p)));
    try {
      await answers(served);
      const ids = (await listed(served)).rows.map((m) => m.id);
      expect(ids).toHaveLength(4);
      expect(
        (
          await served.post({
            id: ids[0],
            verdict: "rejected",
            note: "a decoy",
          })
        ).status,
      ).toBe(200);
      expect(
        (await served.post({ id: ids[1], verdict: "accepted" })).status,
      ).toBe(200);
      await answers(served);
      expect(
        runCli([
          "audit",
          "reject",
          ids[1] ?? "",
          "--db",
          db,
          "--auditor",
          "terminal",
        ]).status,
      ).toBe(0);
      await answers(served);
      writePlans(corpus, true);
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      const kept = await answers(served);
      const fresh = await serveInProcess(db);
      try {
        expect(kept).toEqual(await answers(fresh));
      } finally {
        await fresh.close();
      }
      // Not vacuous: the answers moved with the verdicts and the re-scan.
      expect(JSON.parse(kept[2]?.body ?? "{}")).toMatchObject({ total: 1 });
      expect(JSON.parse(kept[0]?.body ?? "{}")).toMatchObject({ total: 5 });
    } finally {
      await served.close();
    }
  });
});
