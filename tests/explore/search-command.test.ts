import { join } from "node:path";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { UNDO_SCHEMA_14 } from "../store/older-schema.js";

describe("stp-scan search, words, collocates and clusters on the command line", () => {
  const corpus = writeCorpus([
    {
      plan: "alpha",
      path: "plans/alpha/plan.pdf",
      bytes: makePdf([
        textPage("We will add social value. Care is social. Value is judged."),
        textPage("=HYPERLINK social impact matters"),
      ]),
    },
    {
      plan: "beta",
      path: "plans/beta/plan.pdf",
      bytes: makePdf([
        textPage("The Social Value Act applies to social values."),
      ]),
    },
    {
      plan: "gamma",
      path: "plans/gamma/plan.pdf",
      bytes: makePdf([textPage("Social care only.")]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  it("prints places with counts per plan and how many plans have one", () => {
    const r = runCli(["search", "social value", "--db", db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3 matches in 2 of 3 plans/);
    expect(r.stdout).toMatch(/\| Social Value +\| Act applies/);
  });

  it("JSON is pure and CSV has the mentions columns, formula cells neutralised", () => {
    const json = JSON.parse(
      runCli(["search", "social valu*", "--db", db, "--format", "json"]).stdout,
    ) as {
      matches: number;
      plansWithMatches: number;
      perPlan: { plan: string; matches: number }[];
      places: { plan_id: string; term_id: string }[];
    };
    expect([json.matches, json.plansWithMatches]).toEqual([3, 2]);
    expect(json.perPlan).toEqual([
      { plan: "alpha", matches: 1 },
      { plan: "beta", matches: 2 },
      { plan: "gamma", matches: 0 },
    ]);
    expect(json.places.map((p) => p.term_id)).toEqual([
      "social-value",
      "social-value-act",
      "social-value",
    ]);
    const csv = runCli([
      "search",
      "social impact",
      "--db",
      db,
      "--format",
      "csv",
    ]).stdout;
    const rows = parse<Record<string, string>>(csv, {
      bom: true,
      columns: true,
    });
    expect(Object.keys(rows[0] ?? {}).slice(0, 6)).toEqual([
      "plan_id",
      "document",
      "page",
      "left",
      "match",
      "right",
    ]);
    expect(rows[0]?.left).toBe("'=HYPERLINK");
  });

  // Context is worked out only for the places shown unless a sort reads it, so --limit must not change a place's
  // context, nor which places a sort by context puts first.
  it("--limit shows the first places of the whole sort, each with the context it has unlimited", () => {
    type Json = {
      matches: number;
      places: { left: string; right: string; start: number }[];
    };
    const places = (...extra: string[]) =>
      JSON.parse(
        runCli([
          "search",
          "social",
          "--db",
          db,
          "--format",
          "json",
          "--context",
          "2",
          ...extra,
        ]).stdout,
      ) as Json;
    for (const sort of ["plan", "left", "right"]) {
      const all = places("--sort", sort);
      const two = places("--sort", sort, "--limit", "2");
      expect(all.matches).toBe(6);
      expect(two.matches).toBe(6);
      expect(two.places).toEqual(all.places.slice(0, 2));
      expect(all.places.every((p) => p.right.split(" ").length <= 2)).toBe(
        true,
      );
    }
    expect(places("--sort", "right").places[0]?.right).toBe(". Value");
    expect(places("--sort", "plan", "--limit", "1").places[0]).toMatchObject({
      left: "will add",
      right: "value. Care",
    });
  });

  it("no matches is exit 0; a malformed pattern one line on stderr and exit 2", () => {
    const none = runCli(["search", "social prescribing", "--db", db]);
    expect([none.status, none.stdout]).toEqual([
      0,
      'no matches for "social prescribing"\n',
    ]);
    const bad = runCli(["search", "--regex", "social(", "--db", db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stdout).toBe("");
  });

  it("works on a database from before the page index, without a re-scan", () => {
    const old = join(tempDir(), "old.sqlite");
    const copy = new Database(db);
    copy.exec(`VACUUM INTO '${old.replaceAll("'", "''")}'`);
    copy.close();
    // Go back to schema 4: no page index (schema 5), no OCR (schema 6), no mention locations (schema 7), no page
    // declarations (schema 8), no stem pair filters (schema 13), none of schema 14.
    const before = new Database(old);
    before.exec(UNDO_SCHEMA_14);
    before.exec("DROP TABLE page_declarations");
    before.exec("ALTER TABLE pages DROP COLUMN stem_pairs");
    before.exec(
      "DROP TRIGGER page_vocabulary_text_changed; DROP TRIGGER page_vocabulary_page_deleted; DROP TABLE page_vocabulary",
    );
    before.exec(
      "ALTER TABLE mentions DROP COLUMN location; ALTER TABLE mentions DROP COLUMN location_version",
    );
    before.exec(
      `DROP TABLE ocr_pages; ALTER TABLE documents DROP COLUMN pages_ocr; ALTER TABLE documents DROP COLUMN pages_picture;
       ALTER TABLE documents DROP COLUMN ocr; ALTER TABLE pages DROP COLUMN source; ALTER TABLE mentions DROP COLUMN source;
       ALTER TABLE mentions DROP COLUMN confidence; ALTER TABLE scan_runs DROP COLUMN ocr_engine`,
    );
    before.pragma("user_version = 4");
    before.close();
    const r = runCli([
      "search",
      "social value",
      "--db",
      old,
      "--format",
      "json",
    ]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { matches: number }).matches).toBe(3);
  });

  // The window counts tokens whatever stands between them (AntConc's way): "care" follows "social value." here.
  it("words, collocates and clusters read the same stored text", () => {
    const words = JSON.parse(
      runCli(["words", "--db", db, "--format", "json", "--top", "2"]).stdout,
    ) as {
      rows: { word: string; count: number; plans: number }[];
    };
    expect(words.rows[0]).toEqual({ word: "social", count: 6, plans: 3 });
    const coll = JSON.parse(
      runCli([
        "collocates",
        "social value",
        "--db",
        db,
        "--format",
        "json",
        "--min-count",
        "1",
        "--window",
        "1",
      ]).stdout,
    ) as { places: number; rows: { word: string; near: number }[] };
    expect(coll.places).toBe(3);
    expect(coll.rows.map((r) => r.word).sort()).toEqual([
      "act",
      "add",
      "care",
      "the",
      "to",
    ]);
    const clusters = runCli([
      "clusters",
      "social value",
      "--db",
      db,
      "--size",
      "3",
      "--format",
      "csv",
    ]).stdout;
    expect(clusters).toContain("add social value,3,1,1");
  });
});
