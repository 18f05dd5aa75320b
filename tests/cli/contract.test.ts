import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir, headline } from "../helpers.js";
import { runCli } from "./run-cli.js";

const MENTION_COLUMNS = [
  "mention_id",
  "plan_id",
  "document",
  "page",
  "term_id",
  "concept",
  "surface",
  "left_context",
  "right_context",
  "verdict",
];
const DOCUMENT_COLUMNS = [
  "plan_id",
  "document",
  "sha256",
  "pages",
  "status",
  "pages_without_text",
  "error",
];

describe("the command-line contract of the foundation issue", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "out", "stp.sqlite");
  const scan = runCli(["scan", "--corpus", corpus, "--db", db]);

  it("scan prints the per-plan table and the headline line on stdout, notices on stderr", () => {
    expect(scan.status).toBe(0);
    expect(
      scan.stdout.split("\n").filter((l) => l.includes("fully read plans")),
    ).toEqual([
      expect.stringMatching(headline("unaudited", "4 of 5", "80.0%", "1 plan")),
    ]);
    expect(scan.stdout.trimEnd().split("\n").pop()).toBe(
      "first scan of this database: 9 documents read",
    );
    expect(scan.stdout).toMatch(
      /^plan\s+region\s+docs\s+pages\s+headline\s+related\s+social value/,
    );
    expect(scan.stdout).toMatch(
      /dunmoor\s+North\s+2\s+1\s+1\s+0\s+apart\s+not-pdf: plans\/dunmoor\/appendix-finance\.pdf/,
    );
    expect(scan.stderr).toMatch(
      /^plans\/dunmoor\/appendix-finance\.pdf: not a PDF/m,
    );
  });

  it("stats --json prints only JSON, with the fields other tools read", () => {
    const r = runCli(["stats", "--db", db, "--json"]);
    expect(r.status).toBe(0);
    const stat = JSON.parse(r.stdout);
    expect(stat).toMatchObject({
      threshold: 1,
      numerator: 4,
      denominator: 5,
      share: 0.8,
    });
    expect(stat.reportedApart).toEqual([
      {
        plan: "dunmoor",
        reasons: ["not-pdf: plans/dunmoor/appendix-finance.pdf"],
      },
    ]);
    expect(stat.plans).toContainEqual({
      plan: "birch-coast",
      name: "Birch Coast",
      region: "South",
      headline: 0,
      related: 0,
      mentions: false,
    });
    expect(stat.plans).toContainEqual(
      expect.objectContaining({ plan: "dunmoor", headline: 1, mentions: null }),
    );
    expect(
      JSON.parse(
        runCli(["stats", "--db", db, "--json", "--threshold", "2"]).stdout,
      ),
    ).toMatchObject({ numerator: 1, denominator: 5 });
  });

  it("export mentions: contract columns first, CSV a spreadsheet opens, same rows as JSON", () => {
    const csv = runCli([
      "export",
      "mentions",
      "--db",
      db,
      "--format",
      "csv",
    ]).stdout;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse<Record<string, string>>(csv, {
      bom: true,
      columns: true,
    });
    expect(Object.keys(rows[0] ?? {}).slice(0, MENTION_COLUMNS.length)).toEqual(
      MENTION_COLUMNS,
    );
    // Columns added since keep coming after those before them (issues 17, 15, 29).
    expect(Object.keys(rows[0] ?? {}).slice(MENTION_COLUMNS.length)).toEqual([
      "headline",
      "start",
      "end",
      "location",
      "source",
      "confidence",
      "counted",
      "left_context_raw",
      "surface_raw",
      "right_context_raw",
    ]);
    const json = JSON.parse(
      runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
    ) as Record<string, unknown>[];
    expect(rows.map((r) => r.surface)).toEqual(json.map((r) => r.surface));
    expect(
      rows.map(
        (r) =>
          `${r.document} p${r.page} ${r.term_id} ${JSON.stringify(r.surface_raw)} ${r.verdict}`,
      ),
    ).toEqual([
      'plans/alder-vale/alder-vale-stp.pdf p2 public-services-social-value-act "Public Services (Social Value) Act" pending',
      'plans/alder-vale/alder-vale-stp.pdf p2 social-value "so-\\ncial value" pending',
      'plans/alder-vale/alder-vale-stp.pdf p3 social-enterprise "social enterprise" pending',
      'plans/alder-vale/appendix-a-engagement.pdf p1 community-benefit "community benefits" pending',
      'plans/cedar-fields/cedar-fields-stp.pdf p2 sroi "social return on investment" pending',
      'plans/cedar-fields/cedar-fields-stp.pdf p2 social-enterprise "social enterprises" pending',
      'plans/cedar-fields/executive-summary.pdf p1 social-value "social-\\nvalue" pending',
      'plans/dunmoor/dunmoor-stp.pdf p1 social-value-act "Social Value Act" pending',
      'plans/elm-bridge/elm-bridge-stp.pdf p1 social-value "SOCIAL VALUE" pending',
      // The demo's scanned letter, read by OCR (spec v2.0).
      'plans/fenwick-moor/fenwick-moor-stp.pdf p3 social-value "social value" pending',
    ]);
    // The passage reads as normalised text; as extracted in the *_raw columns.
    expect(rows.map((r) => r.surface).slice(0, 2)).toEqual([
      "Public Services (Social Value) Act",
      "social value",
    ]);
    expect(rows[0]).toMatchObject({
      left_context: "3. Procurement Our commissioners will apply the",
      right_context: "2012 to every contract above the threshold, and",
    });
  });

  it("export documents --out writes the file with the contract columns first", () => {
    const out = join(tempDir(), "documents.csv");
    expect(
      runCli(["export", "documents", "--db", db, "--out", out]).status,
    ).toBe(0);
    const rows = parse<Record<string, string>>(readFileSync(out), {
      bom: true,
      columns: true,
    });
    expect(
      Object.keys(rows[0] ?? {}).slice(0, DOCUMENT_COLUMNS.length),
    ).toEqual(DOCUMENT_COLUMNS);
    // Columns added since keep coming after those before them (issue 29: spec v2.1).
    expect(Object.keys(rows[0] ?? {}).slice(DOCUMENT_COLUMNS.length)).toEqual([
      "duplicate_of",
      "bytes",
      "role",
      "in_manifest",
      "manifest_sha256",
      "pages_ocr",
      "pages_picture",
      "pages_blank",
      "duplicate_reason",
      "near_duplicate_of",
      "pages_shared",
      "warnings",
      "repaired",
    ]);
    expect(rows.find((r) => r.status === "duplicate")).toMatchObject({
      duplicate_reason: "same bytes",
    });
    expect(rows.map((r) => r.status)).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
      "not-pdf",
      "ok",
      "duplicate",
      "ok",
    ]);
  });

  it("export plans gives one row per plan", () => {
    const plans = JSON.parse(
      runCli(["export", "plans", "--db", db, "--format", "json"]).stdout,
    ) as Record<string, unknown>[];
    expect(
      plans.map((p) => [
        p.plan_id,
        p.headline_mentions,
        p.mentions_social_value,
      ]),
    ).toEqual([
      ["alder-vale", 2, true],
      ["birch-coast", 0, false],
      ["cedar-fields", 1, true],
      ["dunmoor", 1, null],
      ["elm-bridge", 1, true],
      ["fenwick-moor", 1, true],
    ]);
  });
});

describe("startup errors: one line naming the file and the reason, exit code 2", () => {
  it("an invalid lexicon stops the scan before any PDF is read", () => {
    const corpus = tempDir();
    writeDemoCorpus(corpus);
    const lexicon = join(corpus, "lexicon.csv");
    writeFileSync(
      lexicon,
      "id,phrase,concept,headline\nsv,social value,social-value,true\nsv,social care,related,false\n",
    );
    const r = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      join(tempDir(), "db.sqlite"),
    ]);
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      `stp-scan: ${lexicon}:3: duplicate id "sv" (also row 1)\n`,
    );
  });

  it("a missing corpus folder", () => {
    const r = runCli([
      "scan",
      "--corpus",
      "/nonexistent/corpus",
      "--db",
      join(tempDir(), "db.sqlite"),
    ]);
    expect([r.status, r.stderr]).toEqual([
      2,
      "stp-scan: /nonexistent/corpus: corpus folder not found; pass the folder that holds manifest.csv and plans/ (--corpus)\n",
    ]);
  });

  it("stats without a database says to scan first", () => {
    const r = runCli(["stats", "--db", "/nonexistent/db.sqlite"]);
    expect([r.status, r.stderr]).toEqual([
      2,
      'stp-scan: /nonexistent/db.sqlite: no database here; run "stp-scan scan" first (or pass --db)\n',
    ]);
  });

  it("an unknown command or option", () => {
    expect(runCli(["frobnicate"]).status).toBe(2);
    expect(runCli(["stats", "--colour"]).status).toBe(2);
  });
});
