import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import {
  add,
  corpusState,
  incomingFile,
  pdfSaying,
  scannedCorpus,
} from "./corpus-fixture.js";

describe("an exact duplicate (same sha256 anywhere in the corpus) is refused, naming the existing document", () => {
  it("a copy of a document of another plan is refused, even with --force, and nothing changes", () => {
    const c = scannedCorpus();
    const copy = incomingFile(
      c.incoming,
      "copy.pdf",
      readFileSync(join(c.root, "plans/alder-vale/plan.pdf")),
    );
    const before = corpusState(c);
    const r = add(c, copy, "--plan", "birch-coast", "--force");
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      `refused ${copy}: exact duplicate of plans/alder-vale/plan.pdf (same sha256)`,
      "0 added, 1 refused",
    ]);
    expect(r.status).toBe(1);
    expect(corpusState(c)).toEqual(before);
  });

  it("the second of two identical files in one add is refused as a copy of the first", () => {
    const c = scannedCorpus();
    const bytes = makePdf([textPage("New text.")]);
    const a = incomingFile(c.incoming, "a.pdf", bytes);
    const b = incomingFile(c.incoming, "b.pdf", bytes);
    const r = add(c, a, b, "--plan", "alder-vale");
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([
      "added plans/alder-vale/a.pdf to alder-vale (ok, 1 page)",
      `refused ${b}: exact duplicate of plans/alder-vale/a.pdf (same sha256)`,
      "1 added, 1 refused",
    ]);
    expect(r.status).toBe(1);
  });

  it("a re-upload with the same text in other bytes is refused naming the document it repeats; --force adds it as a duplicate", () => {
    const c = scannedCorpus();
    const pages = [
      textPage(
        ...Array.from({ length: 8 }, (_, l) =>
          Array.from({ length: 8 }, (_, i) => `word${l * 8 + i}`).join(" "),
        ),
      ),
    ];
    const first = add(
      c,
      incomingFile(c.incoming, "report.pdf", makePdf(pages)),
      "--plan",
      "alder-vale",
    );
    expect(first.status).toBe(0);
    const reupload = incomingFile(
      c.incoming,
      "report-reuploaded.pdf",
      new Uint8Array([...makePdf(pages), ...Buffer.from("% again\n")]),
    );
    const before = corpusState(c);
    const r = add(c, reupload, "--plan", "birch-coast");
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      `refused ${reupload}: same text as plans/alder-vale/report.pdf on every page (a re-upload?); --force adds it anyway (it is then a duplicate and adds nothing)`,
      "0 added, 1 refused",
    ]);
    expect(corpusState(c)).toEqual(before);
    const forced = add(c, reupload, "--plan", "birch-coast", "--force");
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain(
      "plans/birch-coast/report-reuploaded.pdf: duplicate of plans/alder-vale/report.pdf (same text)",
    );
  });

  it("a different file is added (the check is by content, not name)", () => {
    const c = scannedCorpus();
    const r = add(
      c,
      incomingFile(c.incoming, "plan.pdf", pdfSaying("Other words.")),
      "--plan",
      "alder-vale",
    );
    expect(r.stdout.split("\n")[0]).toBe(
      "added plans/alder-vale/plan-2.pdf to alder-vale (ok, 1 page)",
    );
    expect(r.status).toBe(0);
  });
});
