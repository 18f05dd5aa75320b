import {
  add,
  corpusState,
  incomingFile,
  pdfSaying,
  scannedCorpus,
} from "./corpus-fixture.js";

describe("--dry-run shows what would happen and changes nothing", () => {
  it("prints 'would add' with the name it would get, and leaves files, manifest and database as they were", () => {
    const c = scannedCorpus();
    const file = incomingFile(
      c.incoming,
      "New Plan.pdf",
      pdfSaying("Social value."),
    );
    const before = corpusState(c);
    const r = add(
      c,
      file,
      "--new-plan",
      "Cedar Hills",
      "--region",
      "West",
      "--dry-run",
    );
    expect(r.stdout.split("\n")).toEqual([
      "would add plans/cedar-hills/new-plan.pdf to cedar-hills (ok, 1 page)",
      "dry run: 1 would be added, 0 refused; nothing was changed",
      'would create plan cedar-hills ("Cedar Hills", West)',
      "",
    ]);
    expect(r.status).toBe(0);
    expect(corpusState(c)).toEqual(before);
  });

  it("the same add without --dry-run does change the corpus (so the comparison above can fail)", () => {
    const c = scannedCorpus();
    const before = corpusState(c);
    const r = add(
      c,
      incomingFile(c.incoming, "New Plan.pdf", pdfSaying("Social value.")),
      "--new-plan",
      "Cedar Hills",
      "--region",
      "West",
    );
    expect(r.status).toBe(0);
    const after = corpusState(c);
    expect(after.files).toEqual(
      expect.arrayContaining([
        "plans/cedar-hills/",
        expect.stringMatching(/^plans\/cedar-hills\/new-plan\.pdf /),
      ]),
    );
    expect(after.manifest).not.toBe(before.manifest);
    expect(after.documents).toContain("plans/cedar-hills/new-plan.pdf ok 1");
  });
});
