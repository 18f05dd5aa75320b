import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "../cli/run-cli.js";

describe("the report gives the audit's reasons, its reliability and the disputes settled", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const folder = tempDir();
  const db = join(folder, "stp.sqlite");
  runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"]);
  const report = () => {
    const out = join(folder, "report.html");
    expect(
      runCli(["report", "--db", db, "--out", out, "--audited"]).status,
    ).toBe(0);
    return readFileSync(out, "utf8");
  };
  const audit = (...args: string[]) => runCli(["audit", ...args, "--db", db]);
  // Elm Bridge's and Dunmoor's headline mentions.
  const elm = "m3005b9080b7f47e";
  const dun = "m03a8066ba42dfc5";

  it("says nothing of the audit before any verdict", () => {
    expect(report()).not.toContain('id="coding"');
  });

  it("counts passages by reason, gives kappa and alpha on independent codings, and lists each settled dispute", () => {
    audit("accept", elm, dun, "--auditor", "ann", "--code", "commitment");
    audit("reject", elm, "--auditor", "bob", "--blind", "--code", "ethics");
    audit("accept", dun, "--auditor", "bob", "--blind", "--code", "act");
    audit(
      "settle",
      elm,
      "rejected",
      "--auditor",
      "lead",
      "--code",
      "ethics",
      "--note",
      "civility",
    );
    const html = report();
    expect(html).toContain("<h2>Why passages were accepted or rejected</h2>");
    // Elm Bridge's reason is the settlement's, Dunmoor's the latest given with its verdict (bob's).
    expect(html).toContain(
      '<tr><td>accepted</td><td>Social Value Act <code>act</code></td><td class="n">1</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>rejected</td><td>Values as ethics or civility <code>ethics</code></td><td class="n">1</td></tr>',
    );
    // Two mentions, AA and AR: po .5; ann A 1, bob A .5: pe .5; kappa 0.
    expect(html).toContain(
      "<li>ann and bob both coded 2 passages independently and agree on 1 (50.0%): Cohen's kappa 0.000",
    );
    expect(html).toContain("Krippendorff's alpha (nominal)");
    expect(html).toContain(
      `<li><code>${elm}</code>: ann accepted (commitment), bob rejected (ethics) → rejected (ethics), settled by lead at `,
    );
    expect(html).toMatch(/settled by lead at [0-9T:.-]+Z: civility<\/li>/);
  });
});
