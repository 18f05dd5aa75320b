import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

describe("a file too large to read is one document's status, and the scan goes on", () => {
  it("a PDF over 2 GiB is too-large, naming its size; the other document is read and counted", () => {
    const root = writeCorpus([
      {
        plan: "p1",
        path: "plans/p1/plan.pdf",
        bytes: makePdf([textPage("We add social value in every contract.")]),
      },
    ]);
    // Sparse on Linux: 2 GiB and a byte that take a few kilobytes of disk.
    const huge = join(root, "plans/p1/annex.pdf");
    writeFileSync(huge, "%PDF-1.7\n");
    truncateSync(huge, 2 ** 31 + 1);
    const db = join(tempDir(), "db.sqlite");
    const r = runCli(["scan", "--corpus", root, "--db", db, "--jobs", "1"]);
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]);
    expect(r.stderr).toContain(
      "plans/p1/annex.pdf: 2.0 GB (2147483649 bytes), more than the 2 GB one document may have (pdf.js reads a file whole); split it, or compress its images",
    );
    const handle = new Database(db, { readonly: true });
    const rows = handle
      .prepare(
        "SELECT document, status, bytes, sha256 IS NULL AS unhashed FROM documents ORDER BY document",
      )
      .all();
    handle.close();
    expect(rows).toEqual([
      {
        document: "plans/p1/annex.pdf",
        status: "too-large",
        bytes: 2 ** 31 + 1,
        unhashed: 1,
      },
      {
        document: "plans/p1/plan.pdf",
        status: "ok",
        bytes: expect.any(Number),
        unhashed: 0,
      },
    ]);
  });
});
