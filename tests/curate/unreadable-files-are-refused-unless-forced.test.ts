import { describeUnlessMissing, headline } from "../helpers.js";
import { encryptPdf, missingQpdf } from "../fixtures/qpdf.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import {
  add,
  corpusState,
  incomingFile,
  scannedCorpus,
  scannedDocuments,
} from "./corpus-fixture.js";

/** What the file is, its name, its bytes, and the reason it is refused for. */
type Case = [string, string, () => Uint8Array | string, RegExp];

const cases: Case[] = [
  [
    "not a PDF",
    "notes.pdf",
    () => "<html><body>Error 404</body></html>",
    /not a PDF \(no %PDF- header; looks like an HTML page/,
  ],
  [
    "without a text layer",
    "scan.pdf",
    () => makePdf([imagePage(), imagePage()]),
    /no text layer \(scanned images\?\)/,
  ],
  [
    "with some pages without a text layer",
    "mixed.pdf",
    () => makePdf([textPage("Social value."), imagePage(), imagePage()]),
    /no text layer on pages 2, 3 \(scanned images\?\)/,
  ],
];
// Made by qpdf, so in a block of its own that skips, saying why, where qpdf is missing.
const encrypted: Case = [
  "encrypted",
  "locked.pdf",
  () => encryptPdf(makePdf([textPage("Secret social value.")]), "user-pw"),
  /password|encrypted/i,
];

// Spec v1.1: with OCR off a page without a text layer cannot be counted. (With OCR on, these fixtures' small
// image is read as a picture, and the files are added like any other.)
const OCR_OFF = ["--ocr", "off"];

/** The two tests of each case: refused without --force, added and reported apart with it. */
function refusedUnlessForced(cases: readonly Case[]): void {
  it.each(cases)(
    "a file %s is refused and nothing changes",
    (_what, name, bytes, reason) => {
      const c = scannedCorpus();
      const file = incomingFile(c.incoming, name, bytes());
      const before = corpusState(c);
      const r = add(c, file, "--plan", "birch-coast", ...OCR_OFF);
      const [line] = r.stdout.split("\n");
      expect(line).toMatch(
        new RegExp(`^refused ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `),
      );
      expect(line).toMatch(reason);
      expect(line).toMatch(/; --force adds it anyway/);
      expect(r.status).toBe(1);
      expect(corpusState(c)).toEqual(before);
    },
  );

  it.each(cases)(
    "a file %s is added with --force and its plan is reported apart",
    (_what, name, bytes, reason) => {
      const c = scannedCorpus();
      const r = add(
        c,
        incomingFile(c.incoming, name, bytes()),
        "--plan",
        "birch-coast",
        "--force",
        ...OCR_OFF,
      );
      const lines = r.stdout.split("\n");
      expect(lines[0]).toMatch(
        new RegExp(
          `^added plans/birch-coast/${name.replace(".", "\\.")} to birch-coast \\(`,
        ),
      );
      expect(lines[0]).toMatch(reason);
      expect(lines[0]).toMatch(
        /added with --force, its plan is reported apart\)$/,
      );
      expect(lines[2]).toMatch(
        /^birch-coast: 2 documents, .*; reported apart \(/,
      );
      expect(lines[3]).toMatch(
        headline("unaudited", "1 of 1", "100.0%", "1 plan"),
      );
      expect(r.status).toBe(0);
      expect(
        scannedDocuments(c.db).filter((d) =>
          d.startsWith(`plans/birch-coast/${name} `),
        ),
      ).toHaveLength(1);
    },
  );
}

describe("a file that cannot be counted is refused with its reason, and added with --force then reported apart", () => {
  refusedUnlessForced(cases);
  describeUnlessMissing(missingQpdf(), "an encrypted file", () =>
    refusedUnlessForced([encrypted]),
  );
});
