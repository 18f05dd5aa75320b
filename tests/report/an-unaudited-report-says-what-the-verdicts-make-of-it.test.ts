import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "../cli/run-cli.js";

describe("an unaudited report says what the verdicts recorded so far make of the figure", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const folder = tempDir();
  const db = join(folder, "stp.sqlite");
  const scan = runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"]);
  const report = () => {
    const out = join(folder, "report.html");
    expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);
    return readFileSync(out, "utf8");
  };

  it("before any verdict it says none exists, and calls the figure unaudited", () => {
    expect(scan.status).toBe(0);
    const html = report();
    expect(html).toContain("mention social value");
    expect(html).toMatch(/; unaudited\.<\/p>/);
    expect(html).toContain("No passage has a verdict yet");
  });

  it("once a passage is rejected it gives the count and the audited figure", () => {
    // Elm Bridge's only headline mention: rejected, the plan no longer counts once audited.
    const r = runCli([
      "audit",
      "reject",
      "m3005b9080b7f47e",
      "--db",
      db,
      "--note",
      "a slogan",
    ]);
    expect(r.status).toBe(0);
    const html = report();
    expect(html).toContain(
      "1 passage has a verdict (0 accepted, 1 rejected, 0 disputed; 9 pending): audited, the figure is 3 of 5 (60.0%).",
    );
    expect(html).toMatch(/; unaudited\.<\/p>/);
  });
});
