import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { listed, serveInProcess } from "../serve/served-in-process.js";

describe("a busy database is answered 503 with a retry hint, not 500", () => {
  it("a verdict posted while another program writes gets 503, then is stored once it has finished", async () => {
    const corpus = writeCorpus([
      {
        plan: "alpha",
        path: "plans/alpha/plan.pdf",
        bytes: makePdf([textPage("Partners add social value.")]),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
    const served = await serveInProcess(db, "web-tester", 100);
    const other = new Database(db);
    try {
      const [id] = (await listed(served)).rows.map((m) => m.id);
      other.exec("BEGIN IMMEDIATE");
      const busy = await served.post({ id, verdict: "accepted" });
      expect([busy.status, busy.retryAfter]).toEqual([503, "1"]);
      expect(JSON.parse(busy.body)).toEqual({
        error:
          "the database is busy: another stp-scan command is writing to it; try again in a moment",
      });
      other.exec("COMMIT");
      const stored = await served.post({ id, verdict: "accepted" });
      expect(stored.status).toBe(200);
    } finally {
      other.close();
      await served.close();
    }
  }, 60_000);
});
