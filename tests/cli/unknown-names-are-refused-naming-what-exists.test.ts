import { join } from "node:path";
import { describeKnown } from "../../pipeline/explore/store/index.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

const DEMO_PLANS =
  "alder-vale, birch-coast, cedar-fields, dunmoor, elm-bridge, fenwick-moor";

describe("a plan, term or concept the database does not hold is refused, naming what it holds", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  it.each([
    [["mentions"]],
    [["search", "social value"]],
    [["collocates", "value"]],
    [["clusters", "value"]],
    [["words"]],
  ])(
    "%j --plan frimley-health (the docs' example) exits 2 with one line",
    (args) => {
      const r = runCli([...args, "--db", db, "--plan", "frimley-health"]);
      expect([r.status, r.stdout, r.stderr]).toEqual([
        2,
        "",
        `stp-scan: no plan "frimley-health" in ${db}; its plans are: ${DEMO_PLANS}\n`,
      ]);
    },
  );

  it("a known plan still lists its mentions", () => {
    const r = runCli(["mentions", "--db", db, "--plan", "alder-vale"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^[1-9]\d* mentions$/m);
    expect(r.stdout).toContain("alder-vale/alder-vale-stp.pdf");
  });

  it.each([
    [
      ["mentions", "--term", "sroy"],
      /^stp-scan: no term "sroy" in .*; its terms are: .*\bsroi\b/,
    ],
    [
      ["mentions", "--concept", "social-valu"],
      /^stp-scan: no concept "social-valu" in .*; its concepts are: .*\bsocial-value\b/,
    ],
    [
      ["search", "value", "--concept", "social-valu"],
      /^stp-scan: no concept "social-valu"/,
    ],
    [
      ["suggest", "--concept", "social-valu"],
      /^stp-scan: no concept "social-valu"/,
    ],
  ])("%j exits 2 naming what exists", (args, message) => {
    const r = runCli([...args, "--db", db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("a long list shows the nearest names first and says how many there are", () => {
    const plans = Array.from({ length: 40 }, (_, i) => `plan-${i}`).concat(
      "frimley-health",
    );
    expect(
      describeKnown("frimley-healt", plans, {
        plural: "plans",
        listedBy: "stp-scan corpus list",
      }),
    ).toMatch(
      /^the nearest of its 41 plans: frimley-health, (plan-\d+, ){6}plan-\d+ \(all: stp-scan corpus list\)$/,
    );
  });
});
