import { appendFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { incomingFile, pdfSaying, scannedCorpus } from "./corpus-fixture.js";

const check = (c: { root: string; db: string }) =>
  runCli(["corpus", "check", "--corpus", c.root, "--db", c.db]);

/** What corpus list says of a document that repeats nothing and has no blank page (issue 29). */
const NOTHING_MORE = {
  blankPages: [],
  duplicateOf: null,
  duplicateReason: null,
  nearDuplicateOf: null,
  pagesShared: null,
  repaired: false,
};

describe("stp-scan corpus check compares manifest, files and database, and exits 0 only when all agree", () => {
  it("a scanned corpus agrees", () => {
    const r = check(scannedCorpus());
    expect(r.stdout).toBe("corpus agrees: 2 documents\n");
    expect(r.status).toBe(0);
  });

  it.each([
    [
      "a listed file is missing",
      (root: string) => rmSync(join(root, "plans/alder-vale/plan.pdf")),
      /^plans\/alder-vale\/plan\.pdf: listed in manifest\.csv \(line 2\) but not found$/m,
    ],
    [
      "a PDF is not in the manifest",
      (root: string) =>
        writeFileSync(
          join(root, "plans/alder-vale/extra.pdf"),
          pdfSaying("extra"),
        ),
      /^plans\/alder-vale\/extra\.pdf: not in manifest\.csv; scanned as part of plan "alder-vale"/m,
    ],
    [
      "a file changed since it was listed",
      (root: string) =>
        writeFileSync(
          join(root, "plans/birch-coast/plan.pdf"),
          pdfSaying("changed"),
        ),
      /^plans\/birch-coast\/plan\.pdf: sha256 differs from manifest\.csv/m,
    ],
    [
      "a manifest row is malformed",
      (root: string) =>
        appendFileSync(
          join(root, "manifest.csv"),
          "x,x,x,plan,../escape.pdf,1,\n",
        ),
      /^manifest\.csv:4: path "\.\.\/escape\.pdf" leaves the corpus folder/m,
    ],
    [
      "an add was interrupted",
      (root: string) =>
        writeFileSync(
          join(root, "plans/alder-vale/new.pdf.tmp-12345"),
          "partial",
        ),
      /^plans\/alder-vale\/new\.pdf\.tmp-12345: temporary file left by an interrupted add/m,
    ],
  ])("%s: it says so and exits 1", (_what, spoil, line) => {
    const c = scannedCorpus();
    spoil(c.root);
    const r = check(c);
    expect(r.stdout).toMatch(line);
    expect(r.stdout).toMatch(/^\d+ disagreements?$/m);
    expect(r.status).toBe(1);
  });

  it("a database behind the corpus is reported with the number of documents not scanned yet", () => {
    const c = scannedCorpus();
    const root = c.root;
    incomingFile(join(root, "plans/alder-vale"), "late.pdf", pdfSaying("late"));
    appendFileSync(
      join(root, "manifest.csv"),
      "alder-vale,alder-vale,Region,plan,plans/alder-vale/late.pdf,,\n",
    );
    const r = check(c);
    expect(r.stdout).toBe(
      `database behind: 1 document not scanned yet (plans/alder-vale/late.pdf); run stp-scan scan --db ${c.db}\n1 disagreement\n`,
    );
    expect(r.status).toBe(1);
    const scan = runCli(["scan", "--corpus", root, "--db", c.db, "--quiet"]);
    expect(scan.status).toBe(0);
    expect(check(c).status).toBe(0);
  });

  it("no database at all means every document is not scanned yet", () => {
    const c = { ...scannedCorpus(), db: join(tempDir(), "none.sqlite") };
    const r = check(c);
    expect(r.stdout).toMatch(
      /^database behind: 2 documents not scanned yet \(no database at /m,
    );
    expect(r.status).toBe(1);
  });

  it("corpus list shows each plan with its documents, pages and statuses", () => {
    const c = scannedCorpus();
    incomingFile(
      join(c.root, "plans/alder-vale"),
      "late.pdf",
      pdfSaying("late"),
    );
    const r = runCli([
      "corpus",
      "list",
      "--corpus",
      c.root,
      "--db",
      c.db,
      "--json",
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        id: "alder-vale",
        name: "alder-vale",
        region: "Region",
        documents: [
          {
            document: "plans/alder-vale/plan.pdf",
            role: "plan",
            pages: 1,
            status: "ok",
            declared: [],
            ...NOTHING_MORE,
          },
          {
            document: "plans/alder-vale/late.pdf",
            role: "",
            pages: null,
            status: "not scanned",
            declared: [],
            ...NOTHING_MORE,
          },
        ],
      },
      {
        id: "birch-coast",
        name: "birch-coast",
        region: "Region",
        documents: [
          {
            document: "plans/birch-coast/plan.pdf",
            role: "plan",
            pages: 1,
            status: "ok",
            declared: [],
            ...NOTHING_MORE,
          },
        ],
      },
    ]);
  });
});
