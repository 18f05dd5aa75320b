import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusError, loadCorpus } from "../../pipeline/corpus/index.js";
import { tempDir } from "../helpers.js";

function corpusWith(manifest: string | null, files: string[]): string {
  const root = tempDir();
  if (manifest !== null) writeFileSync(join(root, "manifest.csv"), manifest);
  for (const f of files) {
    mkdirSync(join(root, f, ".."), { recursive: true });
    writeFileSync(join(root, f), "%PDF-1.4");
  }
  return root;
}

describe("the corpus is the manifest plus the files on disk, and every disagreement is reported", () => {
  it("a hand-made manifest with only plan_id and path works", () => {
    const root = corpusWith("plan_id,path\na,plans/a/x.pdf\n", [
      "plans/a/x.pdf",
    ]);
    const c = loadCorpus(root);
    expect(c.docs.map((d) => [d.planId, d.path, d.existsOnDisk])).toEqual([
      ["a", "plans/a/x.pdf", true],
    ]);
    expect(c.plans).toEqual([{ id: "a", name: "a", region: "" }]);
    expect(c.warnings).toEqual([]);
  });

  it("a manifest saved by a spreadsheet (BOM, CRLF, quoted fields, extra columns) loads", () => {
    const root = corpusWith(
      '\uFEFFplan_id,plan_name,region,path,notes\r\na,"Alder, Vale",North,plans/a/x.pdf,"x"\r\n',
      ["plans/a/x.pdf"],
    );
    expect(loadCorpus(root).plans).toEqual([
      { id: "a", name: "Alder, Vale", region: "North" },
    ]);
  });

  it("a manifest row with no file is kept (so its plan is reported apart) and reported", () => {
    const c = loadCorpus(corpusWith("plan_id,path\na,plans/a/gone.pdf\n", []));
    expect(c.docs.map((d) => d.existsOnDisk)).toEqual([false]);
    expect(c.warnings.map((w) => w.reason)).toEqual([
      "plans/a/gone.pdf: listed in manifest.csv (line 2) but not found",
    ]);
  });

  it("a PDF that no row lists is reported and scanned with the plan of its folder", () => {
    const c = loadCorpus(
      corpusWith("plan_id,path\na,plans/a/x.pdf\n", [
        "plans/a/x.pdf",
        "plans/a/extra.PDF",
      ]),
    );
    expect(c.docs.map((d) => [d.planId, d.path, d.inManifest])).toEqual([
      ["a", "plans/a/x.pdf", true],
      ["a", "plans/a/extra.PDF", false],
    ]);
    expect(c.warnings.map((w) => w.reason)).toEqual([
      'plans/a/extra.PDF: not in manifest.csv; scanned as part of plan "a" (its folder)',
    ]);
  });

  it.each([
    ["no plan_id", "plan_id,path\n,x.pdf\n", /:2: no plan_id/, []],
    [
      "a path outside the corpus",
      "plan_id,path\na,../x.pdf\n",
      /:2: path "..\/x.pdf" leaves the corpus folder/,
      [],
    ],
    [
      "an absolute path",
      "plan_id,path\na,/etc/passwd\n",
      /:2: path "\/etc\/passwd" is absolute/,
      [],
    ],
    [
      "a path listed twice",
      "plan_id,path\na,plans/a/x.pdf\na,plans/a/x.pdf\n",
      /:3: path "plans\/a\/x.pdf" is listed again \(first on line 2\)/,
      ["plans/a/x.pdf"],
    ],
    [
      "a missing path column",
      "plan_id,file\na,x.pdf\n",
      /:1: no "path" column/,
      [],
    ],
  ])(
    "a row with %s is reported with its line",
    (_name, manifest, reason, files) => {
      const c = loadCorpus(corpusWith(manifest, files));
      expect(c.warnings.map((w) => w.reason)).toEqual([
        expect.stringMatching(reason),
      ]);
    },
  );

  it("without a manifest, plans come from the folders under plans/", () => {
    const c = loadCorpus(corpusWith(null, ["plans/a/x.pdf", "plans/b/y.pdf"]));
    expect(c.docs.map((d) => [d.planId, d.path])).toEqual([
      ["a", "plans/a/x.pdf"],
      ["b", "plans/b/y.pdf"],
    ]);
    expect(c.warnings.map((w) => w.reason)).toEqual([
      "manifest.csv: not found; plans are taken from the folders under plans/",
    ]);
  });

  it("a missing corpus folder stops the run", () => {
    expect(() => loadCorpus(join(tempDir(), "nope"))).toThrow(CorpusError);
  });
});
