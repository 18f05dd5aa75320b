import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { exportCsv } from "../acceptance/truth-view.js";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

// Spec v2.1 point 3: a re-uploaded report (same text, other bytes) is a duplicate and adds nothing to its plan;
// when the text of either changes it counts again; an analyst can declare a revision a duplicate of the draft
// (append-only, withdrawn by a later row), and every view says so.

/** 40 words on lines of 8 (a line wider than the page is cut off by pdf.js). */
const words = (seed: string) =>
  Array.from({ length: 5 }, (_, line) =>
    Array.from({ length: 8 }, (_, i) => `${seed}${line * 8 + i}`).join(" "),
  );
const REPORT = [
  textPage("Annual report. Social value in every contract.", ...words("a")),
  textPage(...words("b")),
];
/** The same pages, other bytes: a re-upload whose file ends with something more. */
const reupload = () => {
  const bytes = makePdf(REPORT);
  return new Uint8Array([
    ...bytes,
    ...Buffer.from("% re-uploaded 2016-11-04\n"),
  ]);
};

const ORIGINAL = "plans/alder/annual-report.pdf";
const COPY = "plans/birch/annual-report-2016-11-04.pdf";
const DRAFT = "plans/birch/draft.pdf";
const REVISED = "plans/birch/revised.pdf";

function scanned() {
  const corpus = writeCorpus([
    { plan: "alder", path: ORIGINAL, bytes: makePdf(REPORT) },
    { plan: "birch", path: COPY, bytes: reupload() },
    {
      plan: "birch",
      path: DRAFT,
      bytes: makePdf([textPage(...words("c")), textPage(...words("d"))]),
    },
    {
      plan: "birch",
      path: REVISED,
      bytes: makePdf([
        textPage(...words("c")),
        textPage(...words("d"), "and more"),
      ]),
    },
  ]);
  const db = join(tempDir(), "db.sqlite");
  const scan = () =>
    runCli(["scan", "--corpus", corpus, "--db", db, "--ocr", "off"]);
  const first = scan();
  expect(first.status).toBe(0);
  return { corpus, db, scan, first };
}

const stats = (db: string) =>
  JSON.parse(runCli(["stats", "--db", db, "--json"]).stdout) as {
    numerator: number;
    denominator: number;
    plans: { plan: string; headline: number }[];
  };
const row = (db: string, document: string) =>
  exportCsv(db, "documents").find((d) => d.document === document) ?? {};
const declare = (db: string, ...args: string[]) =>
  runCli(["corpus", "declare-duplicate", ...args, "--db", db], {
    env: { STP_SCAN_AUDITOR: "ann" },
  });

describe("documents that repeat another count once", () => {
  it("a re-upload with the same text is a duplicate of the first file: told, kept, not counted", () => {
    const { db, first } = scanned();
    expect(first.stderr).toContain(
      `${COPY}: duplicate of ${ORIGINAL} (same text); its mentions are kept but not counted`,
    );
    expect(row(db, COPY)).toMatchObject({
      status: "duplicate",
      duplicate_of: ORIGINAL,
      duplicate_reason: "same text",
      error: "",
    });
    // Its mention is kept (an analyst can see it, marked not counted) but its plan holds none, audited or not,
    // and it is not put in front of an auditor.
    expect(
      exportCsv(db, "mentions")
        .filter((m) => m.document === COPY)
        .map((m) => m.counted),
    ).toEqual(["false"]);
    expect(stats(db)).toMatchObject({ numerator: 1, denominator: 2 });
    for (const extra of [["--audited"], ["--count-in", "body,heading"]])
      expect(
        JSON.parse(
          runCli(["stats", "--db", db, "--json", ...extra]).stdout,
        ) as object,
      ).toMatchObject({ numerator: 1, denominator: 2 });
    const sheet = runCli(["audit", "export", "--db", db]).stdout;
    expect(sheet).toContain(ORIGINAL);
    expect(sheet).not.toContain(COPY);
    expect(stats(db).plans.find((p) => p.plan === "birch")?.headline).toBe(0);
  });

  it("the revision shares a page at the same place with the draft: a near-duplicate, listed and counted", () => {
    const { db, corpus } = scanned();
    expect(row(db, REVISED)).toMatchObject({
      status: "ok",
      near_duplicate_of: DRAFT,
      pages_shared: "1",
    });
    const list = runCli(["corpus", "list", "--corpus", corpus, "--db", db]);
    expect(list.stdout).toContain(
      `near-duplicate of ${DRAFT}: 1 of 2 pages shared`,
    );
    expect(list.stdout).toContain(`duplicate of ${ORIGINAL} (same text)`);
    const quality = runCli(["corpus", "quality", "--db", db]).stdout;
    expect(quality).toContain(
      `near-duplicate: shares 1 of 2 pages with ${DRAFT}`,
    );
  });

  it("when the original's text changes, the copy counts again; a scan with nothing new changes nothing", () => {
    const { db, corpus, scan } = scanned();
    expect(scan().stderr).not.toContain("duplicate");
    writeFileSync(
      join(corpus, ORIGINAL),
      makePdf([textPage("Annual report, revised."), textPage(...words("b"))]),
    );
    const again = scan();
    expect(again.stderr).toContain(
      `${COPY}: no longer a duplicate; it counts again`,
    );
    expect(row(db, COPY)).toMatchObject({
      status: "ok",
      duplicate_of: "",
      duplicate_reason: "",
    });
    expect(stats(db).plans.find((p) => p.plan === "birch")?.headline).toBe(1);
  });

  it("corpus declare-duplicate makes the revision count once, in the bundle too; --undo brings it back; the history only grows", () => {
    const { db, corpus } = scanned();
    const declared = declare(
      db,
      REVISED,
      "--of",
      DRAFT,
      "--note",
      "the revision replaces the draft",
    );
    expect([declared.status, declared.stderr]).toEqual([0, ""]);
    expect(declared.stdout).toContain(
      `${REVISED}: declared a duplicate of ${DRAFT} by ann: the revision replaces the draft`,
    );
    expect(row(db, REVISED)).toMatchObject({
      status: "duplicate",
      duplicate_of: DRAFT,
      duplicate_reason: "declared",
    });
    expect(runCli(["corpus", "quality", "--db", db]).stdout).toContain(
      `${REVISED}: declared a duplicate of ${DRAFT} by ann at `,
    );
    // The bundle carries the declaration, and verify counts the revision once again.
    const zip = join(tempDir(), "bundle.zip");
    expect(runCli(["bundle", "--db", db, "--out", zip]).status).toBe(0);
    const verified = runCli(["verify", zip, "--corpus", corpus]);
    expect([verified.status, verified.stdout]).toEqual([
      0,
      expect.stringMatching(/^reproduced: /),
    ]);
    const undone = declare(db, REVISED, "--undo", "--note", "both count");
    expect(undone.status).toBe(0);
    expect(row(db, REVISED)).toMatchObject({ status: "ok", duplicate_of: "" });
    const sqlite = new Database(db);
    try {
      expect(
        sqlite
          .prepare(
            "SELECT document, duplicate_of, auditor, withdrawn FROM duplicate_declarations ORDER BY declaration_id",
          )
          .raw()
          .all(),
      ).toEqual([
        [REVISED, DRAFT, "ann", 0],
        [REVISED, DRAFT, "ann", 1],
      ]);
      expect(() =>
        sqlite.prepare("DELETE FROM duplicate_declarations").run(),
      ).toThrow(/append-only/);
    } finally {
      sqlite.close();
    }
  });

  it("what cannot be declared is one line naming the document, exit 2, nothing written", () => {
    const { db } = scanned();
    const cases: [string[], RegExp][] = [
      [[REVISED, "--of", DRAFT], /--note is required/],
      [
        ["plans/birch/nope.pdf", "--of", DRAFT, "--note", "x"],
        /plans\/birch\/nope\.pdf: no such document/,
      ],
      [
        [REVISED, "--of", "plans/x.pdf", "--note", "x"],
        /--of plans\/x\.pdf is no document/,
      ],
      [[REVISED, "--of", REVISED, "--note", "x"], /cannot repeat itself/],
      [
        [COPY, "--of", DRAFT, "--note", "x"],
        /already a duplicate of plans\/alder\/annual-report\.pdf \(same text\)/,
      ],
      [[REVISED, "--undo", "--note", "x"], /not declared a duplicate/],
      [[REVISED, "--note", "x"], /--of must name the document it repeats/],
    ];
    for (const [args, reason] of cases) {
      const r = declare(db, ...args);
      expect([r.status, r.stdout, r.stderr.trimEnd().split("\n")]).toEqual([
        2,
        "",
        [expect.stringMatching(reason)],
      ]);
    }
    expect(row(db, REVISED)).toMatchObject({ status: "ok" });
  });
});
