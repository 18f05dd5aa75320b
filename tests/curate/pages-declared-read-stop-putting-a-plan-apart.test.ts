import { join } from "node:path";
import Database from "better-sqlite3";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCli } from "../cli/run-cli.js";

// Spec v2.0 point 5, `corpus accept-pages`: the Northumberland case, a plan whose one document has a page no OCR
// can read (here an image page scanned with --ocr off, so no engine is needed), is reported apart until an analyst
// declares that page read; --undo brings it back; the history is append-only and every view shows the decision.

const DOC = "plans/north/plan.pdf";

function scanned() {
  const corpus = writeCorpus([
    {
      plan: "north",
      path: DOC,
      bytes: makePdf([
        textPage("Northumberland STP. Social value in every contract."),
        imagePage(),
        textPage("The end."),
      ]),
    },
    {
      plan: "south",
      path: "plans/south/plan.pdf",
      bytes: makePdf([textPage("Our plan for care.")]),
    },
  ]);
  const db = join(tempDir(), "db.sqlite");
  const scan = runCli([
    "scan",
    "--corpus",
    corpus,
    "--db",
    db,
    "--ocr",
    "off",
    "--quiet",
  ]);
  expect(scan.status).toBe(0);
  return { corpus, db };
}

const stats = (db: string) =>
  JSON.parse(runCli(["stats", "--db", db, "--json"]).stdout) as {
    numerator: number;
    denominator: number;
    reportedApart: { plan: string }[];
    pagesDeclaredRead: number;
  };

const accept = (db: string, ...args: string[]) =>
  runCli(["corpus", "accept-pages", ...args, "--db", db], {
    env: { STP_SCAN_AUDITOR: "ann" },
  });

describe("corpus accept-pages", () => {
  it("a plan whose only unreadable page is declared read leaves 'apart' and counts; --undo puts it back", () => {
    const { corpus, db } = scanned();
    expect(stats(db)).toMatchObject({
      numerator: 0,
      denominator: 1,
      reportedApart: [{ plan: "north" }],
    });

    const declared = accept(db, DOC, "2", "--note", "a map, nothing to read");
    expect([declared.status, declared.stderr]).toEqual([0, ""]);
    expect(declared.stdout).toContain(
      `${DOC} p2: declared read by ann: a map, nothing to read`,
    );
    expect(stats(db)).toMatchObject({
      numerator: 1,
      denominator: 2,
      reportedApart: [],
      pagesDeclaredRead: 1,
    });
    // The status stays what the scan found; the declaration is shown beside it, in stats, quality and the report.
    const list = runCli(["corpus", "list", "--corpus", corpus, "--db", db]);
    expect(list.stdout).toMatch(
      /plans\/north\/plan\.pdf\s+plan\s+3\s+partial-text\s+p2 \(ann\)/,
    );
    expect(runCli(["stats", "--db", db]).stdout).toContain(
      "1 page declared read by analysts",
    );
    expect(runCli(["corpus", "quality", "--db", db]).stdout).toMatch(
      /plans\/north\/plan\.pdf p2: declared read by ann at \d{4}-\d\d-\d\dT[\d:.]+Z: a map, nothing to read/,
    );
    const plans = runCli([
      "export",
      "plans",
      "--db",
      db,
      "--format",
      "json",
    ]).stdout;
    expect(
      (JSON.parse(plans) as { plan_id: string; reported_apart: boolean }[]).map(
        (p) => [p.plan_id, p.reported_apart],
      ),
    ).toEqual([
      ["north", false],
      ["south", false],
    ]);
    const out = join(tempDir(), "report.html");
    expect(runCli(["report", "--db", db, "--out", out]).status).toBe(0);

    const undo = accept(db, DOC, "2", "--undo", "--note", "it has a legend");
    expect(undo.status).toBe(0);
    expect(stats(db)).toMatchObject({
      numerator: 0,
      denominator: 1,
      reportedApart: [{ plan: "north" }],
      pagesDeclaredRead: 0,
    });

    // Append-only: both rows kept, and the table refuses to lose one.
    const raw = new Database(db);
    expect(
      raw
        .prepare(
          "SELECT page, auditor, note, withdrawn FROM page_declarations ORDER BY declaration_id",
        )
        .all(),
    ).toEqual([
      { page: 2, auditor: "ann", note: "a map, nothing to read", withdrawn: 0 },
      { page: 2, auditor: "ann", note: "it has a legend", withdrawn: 1 },
    ]);
    expect(() => raw.prepare("DELETE FROM page_declarations").run()).toThrow(
      /append-only/,
    );
    expect(() =>
      raw.prepare("UPDATE page_declarations SET withdrawn = 0").run(),
    ).toThrow(/append-only/);
    raw.close();
  });

  it("refuses a page that is not unreadable, a bad list or a missing note in one line, exit 2, writing nothing", () => {
    const { db } = scanned();
    for (const [args, message] of [
      [[DOC, "1", "--note", "x"], `${DOC}: page 1 is not unreadable`],
      [[DOC, "9", "--note", "x"], `${DOC}: page 9 is not a page of it`],
      [[DOC, "two", "--note", "x"], `${DOC}: "two" is not a list of pages`],
      [
        ["plans/none.pdf", "2", "--note", "x"],
        "plans/none.pdf: no such document",
      ],
      [[DOC, "2"], `corpus accept-pages ${DOC}: --note is required`],
    ] as const) {
      const r = accept(db, ...args);
      expect([r.status, r.stdout, r.stderr.split("\n").length]).toEqual([
        2,
        "",
        2,
      ]);
      expect(r.stderr).toContain(message);
    }
    expect(stats(db).reportedApart).toMatchObject([{ plan: "north" }]);
  });

  it("a bundle carries the declaration and verify reproduces the statistic that rests on it", () => {
    const { corpus, db } = scanned();
    expect(accept(db, DOC, "2", "--note", "a map").status).toBe(0);
    const zip = join(tempDir(), "bundle.zip");
    const bundled = runCli(["bundle", "--db", db, "--out", zip]);
    expect([bundled.status, bundled.stderr]).toEqual([0, ""]);
    expect(bundled.stdout).toContain("1 of 2 fully read plans");
    const verified = runCli(["verify", zip, "--corpus", corpus, "--jobs", "1"]);
    expect([verified.status, verified.stdout]).toEqual([
      0,
      expect.stringContaining("reproduced: unaudited: 1 of 2 fully read plans"),
    ]);
  }, 60_000);
});
