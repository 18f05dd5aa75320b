import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportCsv } from "../acceptance/truth-view.js";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import {
  summariseWarnings,
  wasRepaired,
} from "../../pipeline/extract/warning-summary.js";

// Issue 29: pdf.js reads past what it cannot parse (a broken cross-reference table, a content stream it gives up
// on) and says so only in a warning. The scan records every such warning with its document, marks a file pdf.js
// had to rebuild as repaired, and shows both in export documents, corpus quality and the report.

/** A PDF whose startxref points nowhere: pdf.js indexes every object again to read it. */
function brokenXref(): Uint8Array {
  const pdf = Buffer.from(
    makePdf([textPage("Social value in the plan.")]),
  ).toString("latin1");
  return new Uint8Array(
    Buffer.from(pdf.replace(/startxref\n\d+/, "startxref\n12"), "latin1"),
  );
}

describe("what pdf.js reports is recorded with the document", () => {
  it("a repaired file is read, marked repaired with pdf.js's words, and shown in quality and the report", () => {
    const corpus = writeCorpus([
      { plan: "alder", path: "plans/alder/broken.pdf", bytes: brokenXref() },
      {
        plan: "alder",
        path: "plans/alder/fine.pdf",
        bytes: makePdf([textPage("A plan.")]),
      },
    ]);
    const db = join(tempDir(), "db.sqlite");
    const scan = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--ocr",
      "off",
    ]);
    expect(scan.status).toBe(0);
    expect(scan.stderr).toContain(
      "plans/alder/broken.pdf: pdf.js had to rebuild the file's structure to read it (Indexing all PDF objects); its pages may be incomplete",
    );
    const docs = exportCsv(db, "documents");
    expect(
      docs.map((d) => [d.document, d.status, d.repaired, d.warnings]),
    ).toEqual([
      ["plans/alder/broken.pdf", "ok", "true", "Indexing all PDF objects"],
      ["plans/alder/fine.pdf", "ok", "false", ""],
    ]);
    expect(exportCsv(db, "mentions")).toHaveLength(1);
    const quality = runCli(["corpus", "quality", "--db", db]).stdout;
    expect(quality).toContain(
      "repaired: pdf.js had to rebuild the file's structure to read it: its pages may be incomplete",
    );
    expect(quality).toContain("warnings: pdf.js: Indexing all PDF objects");
    const report = join(tempDir(), "report.html");
    expect(runCli(["report", "--db", db, "--out", report]).status).toBe(0);
    const html = readFileSync(report, "utf8");
    expect(html).toContain("<h3>Files pdf.js had to repair</h3>");
    expect(html).toContain(
      "<li>plans/alder/broken.pdf: pdf.js: Indexing all PDF objects</li>",
    );
  });

  it("warnings are kept once each with how often they came, cut to a readable length, at most twenty", () => {
    const many = [
      ...Array.from({ length: 3 }, () => "TT: undefined function"),
      "Indexing all PDF objects",
      ...Array.from({ length: 30 }, (_, i) => `warning ${i}`),
      "x".repeat(500),
    ];
    const summary = summariseWarnings(many);
    expect(summary[0]).toBe("TT: undefined function (3 times)");
    expect(summary).toHaveLength(21);
    expect(summary[20]).toBe("and 13 other warnings");
    expect(summariseWarnings(["x".repeat(500)])[0]).toHaveLength(300);
    expect(wasRepaired(many)).toBe(true);
    expect(wasRepaired(["TT: undefined function"])).toBe(false);
  });
});
