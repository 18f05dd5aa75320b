import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { makePdf } from "../fixtures/pdf-writer.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { bodyLines, layoutPage } from "../fixtures/layout-pdf.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";

// Issue 17: `stats --count-in` and `stats --sensitivity`. Alder Vale commits to social value in its body; Birch
// Coast only carries "Social value strategy" in a running footer, so it is a "yes" under the spec's rule and a
// "no" as soon as running lines are left out.
const body = (text: string) =>
  bodyLines([text, "Partners will publish what they buy."]);
const alder = makePdf([
  layoutPage(body("Trusts will report the social value of each scheme.")),
  layoutPage(body("Staff told us that recruitment comes first.")),
]);
const birch = makePdf(
  [1, 2, 3].map((n) =>
    layoutPage([
      { text: `Social value strategy - page ${n}`, x: 72, y: 40, size: 9 },
      ...body(
        ["Beds will close.", "Clinics will open.", "Costs will fall."][
          n - 1
        ] as string,
      ),
    ]),
  ),
);
const corpus = writeCorpus([
  { plan: "alder-vale", path: "plans/alder-vale/plan.pdf", bytes: alder },
  { plan: "birch-coast", path: "plans/birch-coast/plan.pdf", bytes: birch },
]);
const db = join(tempDir(), "stp.sqlite");

describe("the statistic under each counting rule", () => {
  beforeAll(() => {
    expect(
      runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"]).status,
    ).toBe(0);
  }, 120_000);

  it("--count-in leaves out the running footer, and a bad location list is one line and exit 2", () => {
    const all = JSON.parse(runCli(["stats", "--db", db, "--json"]).stdout);
    expect([all.numerator, all.denominator]).toEqual([2, 2]);
    const narrow = runCli([
      "stats",
      "--db",
      db,
      "--count-in",
      "body,list,table,heading",
      "--json",
    ]);
    expect(narrow.status).toBe(0);
    const stat = JSON.parse(narrow.stdout);
    expect([stat.numerator, stat.denominator]).toEqual([1, 2]);
    expect(
      stat.plans.map(
        (p: { plan: string; mentions: boolean }) => `${p.plan} ${p.mentions}`,
      ),
    ).toEqual(["alder-vale true", "birch-coast false"]);
    const bad = runCli(["stats", "--db", db, "--count-in", "body,footers"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual([
      'stp-scan: --count-in: unknown location "footers": use heading, body, list, table, footnote, caption, contents, running, references, or all',
    ]);
  });

  it("--sensitivity gives one line per rule with its interval, and the plan that flips", () => {
    const out = runCli(["stats", "--db", db, "--sensitivity", "--json"]);
    expect(out.status).toBe(0);
    const rules = JSON.parse(out.stdout).rules as {
      rule: string;
      numerator: number;
      denominator: number;
      interval: { low: number; high: number };
      flips: { plan: string; from: boolean; to: boolean }[];
    }[];
    expect(
      rules.map(
        (r) =>
          `${r.rule}: ${r.numerator}/${r.denominator} flips ${r.flips.map((f) => f.plan).join(",")}`,
      ),
    ).toEqual([
      "all locations: 2/2 flips ",
      "without running and contents: 1/2 flips birch-coast",
      "without running, contents and references: 1/2 flips birch-coast",
      "body text only (body, list, table, heading): 1/2 flips birch-coast",
    ]);
    expect(rules[1]?.interval.low).toBeCloseTo(0.0945, 3);
    const text = runCli(["stats", "--db", db, "--sensitivity"]).stdout;
    expect(text).toContain(
      "without running and contents: birch-coast (yes -> no)",
    );
  });

  it("the report has the sensitivity table and marks the plan whose yes rests on a running line alone", () => {
    const out = join(tempDir(), "report.html");
    expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<section id="sensitivity">');
    expect(html).toContain(
      '<td>without running and contents</td><td class="n">1 of 2</td>',
    );
    expect(html).toContain(
      "rests only on mentions in contents pages, running headers or footers, or references (marked † in the plan table): birch-coast.",
    );
    const marked = html.split("<tr").filter((row) => row.includes("†</span>"));
    expect(
      marked.map((row) => /<small>([^<]+)<\/small>/.exec(row)?.[1]),
    ).toEqual(["birch-coast"]);
  });

  it("one verdict on a running line covers every page it is on", () => {
    const rows = parse<Record<string, string>>(
      runCli(["export", "mentions", "--db", db, "--format", "csv"]).stdout,
      { bom: true, columns: true },
    ).filter((r) => r.plan_id === "birch-coast");
    expect(rows.map((r) => r.location)).toEqual([
      "running",
      "running",
      "running",
    ]);
    const r = runCli([
      "audit",
      "reject",
      rows[0]?.mention_id as string,
      "--group",
      "--db",
      db,
      "--auditor",
      "ann",
    ]);
    expect(r.status).toBe(0);
    const after = parse<Record<string, string>>(
      runCli(["export", "mentions", "--db", db, "--format", "csv"]).stdout,
      { bom: true, columns: true },
    ).filter((x) => x.plan_id === "birch-coast");
    expect(after.map((x) => x.verdict)).toEqual([
      "rejected",
      "rejected",
      "rejected",
    ]);
  });
});
