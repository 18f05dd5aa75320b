import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { imagePage, makePdf } from "../fixtures/pdf-writer.js";
import {
  add,
  incomingFile,
  pdfSaying,
  scannedCorpus,
  scannedDocuments,
} from "./corpus-fixture.js";

describe("several files at once: each gets its own line and a summary; one bad file does not stop the others", () => {
  it("a folder and files are added together, the bad ones refused, and the exit code is 1", () => {
    const c = scannedCorpus();
    const folder = join(c.incoming, "downloads");
    mkdirSync(join(folder, "sub"), { recursive: true });
    incomingFile(folder, "A.pdf", pdfSaying("Social value in A."));
    incomingFile(folder, "sub/b.PDF", pdfSaying("Text of b."));
    incomingFile(folder, "readme.txt", "not taken from a folder");
    const scan = incomingFile(c.incoming, "scan.pdf", makePdf([imagePage()]));
    const missing = join(c.incoming, "nowhere.pdf");
    // --ocr off: an image-only page cannot be counted (spec v1.1); with OCR this fixture's image is a picture.
    const r = add(
      c,
      folder,
      scan,
      missing,
      "--plan",
      "alder-vale",
      "--ocr",
      "off",
    );
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      `refused ${missing}: no such file or folder`,
      "added plans/alder-vale/a.pdf to alder-vale (ok, 1 page)",
      "added plans/alder-vale/b.pdf to alder-vale (ok, 1 page)",
      `refused ${scan}: no text layer (scanned images?); --force adds it anyway (its plan is then reported apart)`,
      "2 added, 2 refused",
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^scanned: 2 documents read \(2 pages\), 2 unchanged$/m,
    );
    expect(scannedDocuments(c.db)).toEqual(
      expect.arrayContaining([
        "plans/alder-vale/a.pdf ok 1",
        "plans/alder-vale/b.pdf ok 1",
      ]),
    );
  });

  it("when every file is added the exit code is 0", () => {
    const c = scannedCorpus();
    const r = add(
      c,
      incomingFile(c.incoming, "x.pdf", pdfSaying("x")),
      incomingFile(c.incoming, "y.pdf", pdfSaying("y")),
      "--plan",
      "alder-vale",
    );
    expect(r.stdout).toMatch(/^2 added, 0 refused$/m);
    expect(r.status).toBe(0);
  });
});
