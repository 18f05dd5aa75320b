import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

describe("stp-scan corpus quality: where a zero count cannot be trusted", () => {
  const prose =
    "We will publish progress each quarter and report to the partnership board on every programme.";
  const corpus = writeCorpus([
    {
      plan: "clean",
      path: "plans/clean/plan.pdf",
      bytes: makePdf([textPage(prose), textPage(prose)]),
    },
    {
      plan: "murky",
      path: "plans/murky/plan.pdf",
      bytes: makePdf([
        textPage(prose),
        textPage("\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD"),
        imagePage(),
      ]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  // The text layers as they are (spec v1.1): with OCR on, the garbled page and the image would be read by OCR.
  runCli(["scan", "--corpus", corpus, "--db", db, "--ocr", "off"]);

  it("lists the plans and pages whose text looks unreliable, and only those", () => {
    const r = runCli(["corpus", "quality", "--db", db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      "murky\n  plans/murky/plan.pdf: 2 of 3 pages (garbled p2; sparse p2; no-text p3)",
    );
    expect(r.stdout).not.toContain("clean");
    const json = JSON.parse(
      runCli(["corpus", "quality", "--db", db, "--json"]).stdout,
    ) as { document: string }[];
    expect(json.map((d) => d.document)).toEqual(["plans/murky/plan.pdf"]);
  });

  it("the report shows them too", () => {
    const out = join(tempDir(), "report.html");
    expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<section id="quality">');
    expect(html).toContain("<td>plans/murky/plan.pdf</td>");
  });
});
