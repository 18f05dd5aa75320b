import { join } from "node:path";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

describe("scan output for re-runs, scripts and CI", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  const first = runCli(["scan", "--corpus", corpus, "--db", db]);

  it("draws no progress when stdout is not a terminal", () => {
    expect(first.status).toBe(0);
    expect(first.stderr).not.toContain("\x1b[");
    expect(first.stderr).not.toContain("\r");
  });

  it("a re-run ends with what it changed", () => {
    const again = runCli(["scan", "--corpus", corpus, "--db", db]);
    expect(again.stdout.split("\n").slice(-6)).toEqual([
      "changes since the last scan:",
      "  documents: 0 added, 0 changed, 0 removed, 9 unchanged (0 read, 0 matched again)",
      "  mentions: none appeared or disappeared",
      "  audit verdicts left without their mention: 0",
      "  unaudited statistic unchanged: 4/5 (80.0%)",
      "",
    ]);
  });

  it("--json prints the outcome as data only", () => {
    const r = runCli(["scan", "--corpus", corpus, "--db", db, "--json"]);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      documents: 10,
      pagesRead: 0,
      mentions: 10,
      changes: { firstScan: false, statistic: { moved: false } },
    });
    expect(out.statistic).toMatchObject({ numerator: 4, denominator: 5 });
    expect(out.problems).toEqual([
      expect.objectContaining({
        document: "plans/dunmoor/appendix-finance.pdf",
        status: "not-pdf",
      }),
    ]);
  });

  it("--quiet prints only the headline line (and, once there are verdicts, what they say)", () => {
    const r = runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"]);
    expect(r.stdout).toBe(
      `unaudited (database ${db}, corpus ${corpus}): 4 of 5 fully read plans (80.0%; 95% interval 37.6%-96.4%) mention social value; 1 plan reported apart (unreadable documents)\n`,
    );
  });
});
