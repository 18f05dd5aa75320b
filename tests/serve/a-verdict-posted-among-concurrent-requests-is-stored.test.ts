import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { listed, serveInProcess } from "./served-in-process.js";

describe("stp-scan serve under concurrent requests (issue 18)", () => {
  it("stores, lists and counts every verdict posted among list, statistic and PDF requests in flight", async () => {
    const corpus = writeCorpus([
      {
        plan: "alpha",
        path: "plans/alpha/plan.pdf",
        bytes: makePdf(
          Array.from({ length: 12 }, (_, i) =>
            textPage(`Partners on page ${i + 1} add social value.`),
          ),
        ),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
    const served = await serveInProcess(db);
    try {
      const ids = (await listed(served)).rows.map((m) => m.id);
      expect(ids).toHaveLength(12);
      // 48 requests at once; every fourth a verdict, each on a mention of its own.
      const answers = await Promise.all(
        Array.from({ length: 48 }, (_, i) => {
          const id = ids[i % ids.length] ?? "";
          if (i % 4 === 3)
            return served.post({
              id: ids[(i - 3) / 4],
              verdict: "rejected",
            });
          if (i % 4 === 0) return served.get(`/api/pdf/${id}`);
          return served.get(
            i % 4 === 1 ? "/api/mentions?verdict=rejected" : "/api/stats",
          );
        }),
      );
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);
      const log = JSON.parse(
        runCli(["audit", "log", "--db", db, "--json"]).stdout,
      ) as {
        mentionId: string;
        verdict: string;
        auditor: string;
      }[];
      expect(
        log.map((v) => `${v.mentionId} ${v.verdict} ${v.auditor}`).sort(),
      ).toEqual(ids.map((id) => `${id} rejected web-tester`).sort());
      expect(
        (await listed(served, "verdict=rejected")).rows.map((m) => m.id).sort(),
      ).toEqual([...ids].sort());
      const stats = JSON.parse((await served.get("/api/stats")).body) as {
        counts: { rejected: number };
      };
      expect(stats.counts.rejected).toBe(12);
    } finally {
      await served.close();
    }
  });
});
