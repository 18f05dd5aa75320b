import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { tempDir } from "../helpers.js";
import { BETA, beyondCorpus, cli, statsJson } from "./beyond-fixture.js";

// Spec v2.1 point 4: a passage the lexicon missed, coded by an analyst, is a mention with source `analyst` that
// counts in the broad statistic and never in the headline one.

const PASSAGE = "buy from local firms through our contracts";
const code = (db: string, ...args: string[]) =>
  cli(
    db,
    "code",
    BETA,
    "2",
    "--concept",
    "social-value",
    "--auditor",
    "ann",
    ...args,
  );

describe("stp-scan code: a passage the lexicon missed", () => {
  const { db } = beyondCorpus();
  const before = statsJson(db);

  it("before any coding, the broad figure is the headline one", () => {
    expect([before.numerator, before.denominator]).toEqual([1, 3]);
    expect([before.broad.numerator, before.broad.denominator]).toEqual([1, 3]);
    expect(before.broad.codedPassages).toBe(0);
  });

  it("codes words read across a line break, and says where, by whom, and the broad figure", () => {
    const r = code(
      db,
      "--text",
      PASSAGE,
      "--note",
      "buys locally through its contracts",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const [coded, broad, headline] = r.stdout.split("\n");
    expect(coded).toMatch(
      /^coded plans\/beta\/plan\.pdf page 2 under social-value by ann: "buy from local firms through our contracts" \(mention m[0-9a-f]{15}\)$/,
    );
    expect(broad).toMatch(
      /^broad: 2 of 3 fully read plans \([\d.]+%; 95% interval [\d.]+%-[\d.]+%\) discuss social value: headline mentions not rejected, plus 1 coded passage; beyond the headline figure: beta$/,
    );
    expect(headline).toMatch(/ 1 of 3 fully read plans /);
  });

  it("moves the broad statistic and never the headline one (JSON fields as the headline figure's)", () => {
    const after = statsJson(db);
    expect([after.numerator, after.denominator, after.broad.numerator]).toEqual(
      [1, 3, 2],
    );
    const { broad: _b, elusion: _e, ...headlineAfter } = after;
    const { broad: _c, elusion: _f, ...headlineBefore } = before;
    expect(headlineAfter).toEqual(headlineBefore);
    expect(after.broad).toMatchObject({
      threshold: 1,
      denominator: 3,
      reportedApart: [],
      codedPassages: 1,
      plansBeyondHeadline: ["beta"],
    });
    expect(after.broad.share).toBeCloseTo(2 / 3, 10);
    expect(after.broad.interval.low).toBeGreaterThan(0);
    expect(after.broad.plans.find((p) => p.plan === "beta")).toMatchObject({
      headline: 0,
      coded: 1,
      mentions: true,
    });
    expect(cli(db, "stats", "--audited", "--json").status).toBe(0);
    expect(cli(db, "stats").stdout).toMatch(
      /\nbroad: 2 of 3 fully read plans /,
    );
  });

  it("is a mention with source analyst, accepted by its coder, in mentions and the export", () => {
    const rows = JSON.parse(
      cli(db, "export", "mentions", "--format", "json").stdout,
    ) as Record<string, unknown>[];
    const coded = rows.filter((m) => m["source"] === "analyst");
    expect(coded).toHaveLength(1);
    expect(coded[0]).toMatchObject({
      plan_id: "beta",
      document: BETA,
      page: 2,
      term_id: "analyst",
      concept: "social-value",
      verdict: "accepted",
      headline: false,
      counted: true,
      surface: "buy from local firms through our contracts",
    });
    expect(cli(db, "mentions", "--plan", "beta").stdout).toContain("analyst");
    // Highlighted on its page like any mention: its boxes are stored.
    const boxes = new Database(db, { readonly: true })
      .prepare("SELECT boxes FROM coded_passages")
      .pluck()
      .get() as string;
    expect((JSON.parse(boxes) as unknown[]).length).toBeGreaterThan(0);
  });

  it("the report gives the broad statistic beside the headline one, with the passage and who coded it", () => {
    const out = join(tempDir(), "report.html");
    expect(cli(db, "report", "--out", out).status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<section id="beyond">');
    expect(html).toMatch(/2 of 3 fully read plans discuss social value/);
    expect(html).toContain("buy from local firms through our contracts");
    expect(html).toContain("coded by ann");
    expect(html).toContain("No elusion check has been made.");
  });

  it("text not on the page, or an occurrence it lacks: one line naming the document, the page and why; nothing stored", () => {
    const rows = () =>
      new Database(db, { readonly: true })
        .prepare("SELECT count(*) FROM coded_passages")
        .pluck()
        .get();
    const stored = rows();
    const missing = code(db, "--text", "spending power", "--note", "x");
    expect([missing.status, missing.stdout]).toEqual([2, ""]);
    expect(missing.stderr).toBe(
      `stp-scan: ${BETA}: page 2: "spending power" is not on this page (nor on any other page of the document)\n`,
    );
    const elsewhere = cli(
      db,
      "code",
      BETA,
      "1",
      "--concept",
      "social-value",
      "--text",
      "local firms",
      "--note",
      "x",
    );
    expect(elsewhere.stderr).toBe(
      `stp-scan: ${BETA}: page 1: "local firms" is not on this page; it is on page 2\n`,
    );
    const third = code(
      db,
      "--text",
      "local firms",
      "--occurrence",
      "3",
      "--note",
      "x",
    );
    expect([third.status, third.stderr]).toEqual([
      2,
      `stp-scan: ${BETA}: page 2: "local firms" stands 2 times on this page, so there is no occurrence 3\n`,
    ]);
    const noNote = code(db, "--text", "local firms");
    expect(noNote.status).toBe(2);
    expect(noNote.stderr).toMatch(/--note is required/);
    const concept = cli(
      db,
      "code",
      BETA,
      "2",
      "--concept",
      "value",
      "--text",
      "local firms",
      "--note",
      "x",
    );
    expect(concept.stderr).toMatch(/no concept "value"/);
    expect(rows()).toBe(stored);
  });

  it("--occurrence picks the second place the words stand", () => {
    const r = code(
      db,
      "--text",
      "local firms",
      "--occurrence",
      "2",
      "--note",
      "trains apprentices",
    );
    expect(r.stdout).toMatch(/page 2 \(occurrence 2 of 2\) under social-value/);
    expect(statsJson(db).broad.codedPassages).toBe(2);
  });

  it("--undo withdraws a passage, append-only: the history keeps both rows", () => {
    const r = code(db, "--text", "local firms", "--occurrence", "2", "--undo");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^withdrew the coded passage plans\/beta\/plan\.pdf page 2 /,
    );
    expect(statsJson(db).broad.codedPassages).toBe(1);
    const again = code(
      db,
      "--text",
      "local firms",
      "--occurrence",
      "2",
      "--undo",
    );
    expect(again.stderr).toMatch(
      /no coded passage stands there under social-value, so nothing to withdraw/,
    );
    const history = new Database(db, { readonly: true })
      .prepare("SELECT withdrawn FROM coded_passages ORDER BY row_id")
      .pluck()
      .all();
    expect(history).toEqual([0, 0, 1]);
    expect(() => new Database(db).exec("DELETE FROM coded_passages")).toThrow(
      /append-only/,
    );
  });

  it("another auditor may reject a coded passage: it is then disputed, and still counts until settled", () => {
    const id = (
      JSON.parse(
        cli(db, "mentions", "--format", "json", "--plan", "beta").stdout,
      ) as {
        mention_id: string;
      }[]
    )[0]?.mention_id as string;
    expect(cli(db, "audit", "reject", id, "--auditor", "bob").status).toBe(0);
    expect(statsJson(db).broad.numerator).toBe(2);
    expect(cli(db, "audit", "settle", id, "rejected").status).toBe(0);
    const settled = statsJson(db);
    expect([settled.numerator, settled.broad.numerator]).toEqual([1, 1]);
  });
});
