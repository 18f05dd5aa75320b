import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { listed, serveInProcess } from "./served-in-process.js";

describe("stp-scan serve: /api/pdf/<mention id> (issue 18)", () => {
  it("sends the PDF of that mention's own document; an unknown id, or a mention of a removed document, gets 404", async () => {
    const corpus = writeCorpus([
      {
        plan: "alpha",
        path: "plans/alpha/plan.pdf",
        bytes: makePdf([textPage("Alpha adds social value.")]),
      },
      {
        plan: "alpha",
        path: "plans/alpha/annex.pdf",
        bytes: makePdf([
          textPage("Nothing."),
          textPage("The annex weighs social value."),
        ]),
      },
      {
        plan: "beta",
        path: "plans/beta/plan.pdf",
        bytes: makePdf([textPage("Beta partners add social value.")]),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
    const served = await serveInProcess(db);
    try {
      const rows = (await listed(served)).rows as unknown as {
        id: string;
        document: string;
      }[];
      expect(rows.map((m) => m.document).sort()).toEqual([
        "plans/alpha/annex.pdf",
        "plans/alpha/plan.pdf",
        "plans/beta/plan.pdf",
      ]);
      for (const m of rows) {
        const r = await served.get(`/api/pdf/${encodeURIComponent(m.id)}`);
        expect([m.document, r.status, r.body]).toEqual([
          m.document,
          200,
          readFileSync(join(corpus, m.document)).toString("latin1"),
        ]);
      }
      expect(await served.get("/api/pdf/m0000000000000000")).toEqual({
        status: 404,
        body: '{"error":"no such mention"}',
      });
      // Beta's document leaves the corpus, and its mention with it.
      const beta = rows.find((m) => m.document === "plans/beta/plan.pdf");
      const manifest = join(corpus, "manifest.csv");
      writeFileSync(
        manifest,
        readFileSync(manifest, "utf8")
          .split("\n")
          .filter((line) => !line.includes("plans/beta/"))
          .join("\n"),
      );
      const betaBytes = readFileSync(join(corpus, "plans/beta/plan.pdf"));
      rmSync(join(corpus, "plans/beta"), { recursive: true });
      expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
      // The file comes back without a scan: its mention is still gone, so the 404 is not the missing file's.
      mkdirSync(join(corpus, "plans/beta"));
      writeFileSync(join(corpus, "plans/beta/plan.pdf"), betaBytes);
      expect((await served.get(`/api/pdf/${beta?.id ?? ""}`)).status).toBe(404);
      const alpha = rows.find((m) => m.document === "plans/alpha/plan.pdf");
      expect((await served.get(`/api/pdf/${alpha?.id ?? ""}`)).status).toBe(
        200,
      );
    } finally {
      await served.close();
    }
  });
});
