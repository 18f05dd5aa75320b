import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

/** The statuses the database holds, by document. */
const statuses = (db: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return Object.fromEntries(
      (
        conn
          .prepare(`SELECT document, status, removed FROM documents`)
          .all() as { document: string; status: string; removed: number }[]
      ).map((r) => [r.document, `${r.status}${r.removed ? " removed" : ""}`]),
    );
  } finally {
    conn.close();
  }
};

describe("a database remembers its corpus and settings", () => {
  const shared = tempDir();
  writeDemoCorpus(shared);
  const other = writeCorpus([
    {
      plan: "lone-plan",
      path: "plans/lone-plan/plan.pdf",
      bytes: makePdf([textPage("We seek social value in all we buy.")]),
    },
  ]);
  const db = join(tempDir(), "project.sqlite");
  const first = runCli([
    "scan",
    "--corpus",
    shared,
    "--db",
    db,
    "--ocr",
    "off",
  ]);
  const held = statuses(db);

  it("a scan without --corpus scans the database's corpus, not the default one", () => {
    expect(first.status).toBe(0);
    const again = runCli(["scan", "--db", db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("0 removed");
    expect(again.stdout).toContain("unaudited statistic unchanged: 3/4");
    expect(statuses(db)).toEqual(held);
  });

  it("scanning another corpus into it is refused with one line naming both, and nothing changes", () => {
    const r = runCli(["scan", "--db", db, "--corpus", other]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${db} holds the corpus`);
    expect(lines[0]).toContain(other);
    expect(lines[0]).toContain("--replace-corpus");
    expect(statuses(db)).toEqual(held);
  });

  it("corpus check without --corpus checks the database's corpus", () => {
    const r = runCli(["corpus", "check", "--db", db]);
    expect(r.stdout).toContain("corpus agrees");
    expect(r.status).toBe(0);
  });

  it("a setting given otherwise is said, used and kept; one not given is the database's", () => {
    const r = runCli(["scan", "--db", db, "--threshold", "2"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      "using --threshold 2 (the database's: 1); the database keeps it from now on",
    );
    expect(r.stdout).toContain("(at least 2 headline mentions)");
    const stats = runCli(["stats", "--db", db]);
    expect(stats.stdout).toContain("(at least 2 headline mentions)");
    expect(stats.stderr).toBe("");
    const once = runCli(["stats", "--db", db, "--threshold", "1"]);
    expect(once.stderr).toContain("using --threshold 1 (the database's: 2)");
    expect(once.stdout).not.toContain("at least");
  });

  it("--replace-corpus replaces it, and says so", () => {
    const copy = join(tempDir(), "copy.sqlite");
    expect(runCli(["scan", "--corpus", shared, "--db", copy]).status).toBe(0);
    const r = runCli([
      "scan",
      "--db",
      copy,
      "--corpus",
      other,
      "--replace-corpus",
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("replacing the corpus");
    expect(r.stdout).toContain("1 of 1 fully read plans");
  });
});

describe("add reads as the database's scans did", () => {
  it("after scan --ocr off, add reads without OCR unless told otherwise", () => {
    const corpus = writeCorpus([
      {
        plan: "first-plan",
        path: "plans/first-plan/plan.pdf",
        bytes: makePdf([textPage("Social value matters to us.")]),
      },
    ]);
    const db = join(tempDir(), "add.sqlite");
    expect(
      runCli(["scan", "--corpus", corpus, "--db", db, "--ocr", "off"]).status,
    ).toBe(0);
    const file = join(tempDir(), "scanned.pdf");
    writeFileSync(
      file,
      makePdf([
        textPage("Our plan for the county and social value."),
        imagePage(),
      ]),
    );
    const r = runCli([
      "add",
      file,
      "--new-plan",
      "Second Plan",
      "--region",
      "North",
      "--db",
      db,
      "--force",
    ]);
    expect(r.stderr).not.toContain("using --ocr");
    const added = Object.entries(statuses(db)).find(([d]) =>
      d.includes("second-plan"),
    );
    // Read as the first scan read: the picture page has no text without OCR, so the document is partial.
    expect(added?.[1]).toBe("partial-text");
  });
});

describe("every line that gives the statistic says what it is", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "said.sqlite");
  const scan = runCli(["scan", "--corpus", corpus, "--db", db]);

  it("scan, stats and --json say unaudited, give the 95% interval and name a database that is not the default", () => {
    expect(scan.stdout).toMatch(
      /^unaudited \(database .*said\.sqlite, corpus .*\): 4 of 5 fully read plans \(80\.0%; 95% interval 37\.6%-96\.4%\)/m,
    );
    const stats = runCli(["stats", "--db", db]);
    expect(stats.stdout).toContain(
      "4 of 5 fully read plans (80.0%; 95% interval 37.6%-96.4%)",
    );
    const json = JSON.parse(runCli(["stats", "--db", db, "--json"]).stdout);
    expect(json).toMatchObject({
      numerator: 4,
      denominator: 5,
      audited: false,
      database: db,
      verdicts: { accepted: 0, rejected: 0 },
    });
    expect(json.interval.low).toBeCloseTo(0.376, 3);
    expect(json.interval.high).toBeCloseTo(0.964, 3);
  });

  it("once verdicts exist, the unaudited figure says how many and gives the audited one", () => {
    const mentions = JSON.parse(
      runCli(["mentions", "--db", db, "--format", "json"]).stdout,
    ) as { mention_id: string; concept: string }[];
    const id = mentions.filter((m) => m.concept === "social-value")[0]
      ?.mention_id as string;
    const reject = runCli([
      "audit",
      "reject",
      id,
      "--db",
      db,
      "--note",
      "not about social value",
      "--auditor",
      "ana",
    ]);
    expect(reject.status).toBe(0);
    const stats = runCli(["stats", "--db", db]);
    expect(stats.stdout).toMatch(
      /^1 of \d+ mentions judged \(0 accepted, 1 rejected, 0 disputed\); audited: \d+\/5 /m,
    );
    const audited = runCli(["stats", "--db", db, "--audited"]);
    expect(audited.stdout).toMatch(/^audited \(database /m);
    expect(runCli(["scan", "--db", db, "--quiet"]).stdout).toMatch(
      /^unaudited .*\n1 of \d+ mentions judged/,
    );
  });
});
