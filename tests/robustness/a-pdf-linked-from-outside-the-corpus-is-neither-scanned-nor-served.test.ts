import { copyFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { listed, serveInProcess } from "../serve/served-in-process.js";

const documentsOf = (db: string) =>
  (
    JSON.parse(
      runCli(["export", "documents", "--db", db, "--format", "json"]).stdout,
    ) as { document: string; status: string }[]
  )
    .map((d) => d.document)
    .sort();

describe("a PDF in the corpus that is a link", () => {
  it("to a file outside the corpus is not scanned, with one notice naming it; a link inside the corpus is followed", () => {
    const corpus = writeCorpus(
      [
        {
          plan: "alder",
          path: "plans/alder/plan.pdf",
          bytes: makePdf([textPage("We add social value.")]),
        },
      ],
      tempDir(),
    );
    const outside = join(tempDir(), "private.pdf");
    writeFileSync(outside, makePdf([textPage("Private social value notes.")]));
    symlinkSync(outside, join(corpus, "plans/alder/secret.pdf"));
    symlinkSync(
      join(corpus, "plans/alder/plan.pdf"),
      join(corpus, "plans/alder/same.pdf"),
    );
    const db = join(tempDir(), "stp.sqlite");
    const r = runCli(["scan", "--corpus", corpus, "--db", db]);
    expect(r.status).toBe(0);
    expect(
      r.stderr.split("\n").filter((l) => l.includes("secret.pdf")),
    ).toEqual([
      expect.stringContaining(
        "plans/alder/secret.pdf: a link to a file outside the corpus folder; not scanned (copy the file in instead)",
      ),
    ]);
    expect(documentsOf(db)).toEqual([
      "plans/alder/plan.pdf",
      "plans/alder/same.pdf",
    ]);
  });

  it("to a file outside the corpus is not served, though its mention was stored when it was a file", async () => {
    const corpus = writeCorpus([
      {
        plan: "alder",
        path: "plans/alder/plan.pdf",
        bytes: makePdf([textPage("We add social value.")]),
      },
    ]);
    const db = join(tempDir(), "stp.sqlite");
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
    const outside = join(tempDir(), "private.pdf");
    copyFileSync(join(corpus, "plans/alder/plan.pdf"), outside);
    const served = await serveInProcess(db);
    try {
      const id = (await listed(served)).rows[0]?.id ?? "";
      expect((await served.get(`/api/pdf/${id}`)).status).toBe(200);
      rmSync(join(corpus, "plans/alder/plan.pdf"));
      symlinkSync(outside, join(corpus, "plans/alder/plan.pdf"));
      expect((await served.get(`/api/pdf/${id}`)).status).toBe(404);
    } finally {
      await served.close();
    }
  });
});
