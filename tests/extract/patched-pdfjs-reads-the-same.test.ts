// patches/pdfjs-dist+5.6.205.patch changes pdf.js for speed (issues 12 and 18). Each change must leave what a
// scan reads exactly as it was (issue 29: a font left null cut operator lists short and hid picture covers):
// this test reads the same files with the patched and the unpatched pdf.js (fixtures/patched-pdfjs.ts) and
// compares text, boxes, pages without text, blank pages, what every page paints and problems, byte for byte.
// make test reads the generated, office-made (LibreOffice, Ghostscript) and demo PDFs, the three labelled corpora
// and the real PDFs with every kind of font the patch touches; make bench reads every PDF of ../shared (tests/bench/patched-reads-the-same.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  blankPage,
  imagePage,
  makePdf,
  textPage,
} from "../fixtures/pdf-writer.js";
import {
  filesReadDifferently,
  pdfsUnder,
  sharedPdfs,
} from "../fixtures/patched-pdfjs.js";
import { PROJECT_ROOT, SHARED_DIR, tempDir } from "../helpers.js";
import {
  buildOfficePdfs,
  missingOfficeTools,
} from "../fixtures/office-pdfs.js";

/** Generated pages that take each patched path: many text items (several chunks), images, standard fonts. */
function generatedFiles(): string[] {
  const folder = tempDir("stp-patched-pdfjs-");
  const pdfs: Record<string, Uint8Array> = {
    "many-items.pdf": makePdf([
      textPage(
        ...Array.from({ length: 120 }, (_, i) => `line ${i} of social value`),
      ),
    ]),
    "image-blank-text.pdf": makePdf([
      imagePage(),
      blankPage(),
      textPage("after the scan"),
    ]),
    "matrices.pdf": makePdf([
      {
        kind: "content",
        stream:
          "q 2 0 0 2 10 20 cm BT /F1 10 Tf 5 Ts 50 Tz 100 200 Td (abc) Tj /F2 12 Tf (\\001\\002) Tj ET Q",
      },
    ]),
  };
  return Object.entries(pdfs).map(([name, bytes]) => {
    writeFileSync(join(folder, name), bytes);
    return join(folder, name);
  });
}

// Fonts of every kind the patch touches (embedded Type1, CFF, TrueType, CID, Type3), scans, damaged files.
const REAL_PDFS = [
  "paper-tracemonkey-14p.pdf",
  "paper-acustica-type3-3p.pdf",
  "paper-sci-reports-ligatures-5p.pdf",
  "type3-pdftex-essay.pdf",
  "garbled-type3-encoding.pdf",
  "ar-thuluth-calligraphy.pdf",
  "jp-vertical-poem.pdf",
  "zh-bond-prospectus-page.pdf",
  "th-math-worksheet.pdf",
  "he-statistics-table.pdf",
  "form-us-irs-f1040nr-5p.pdf",
  "rotated-budget-table-page.pdf",
  "scan-cardinal-4p.pdf",
  "scan-ocr-vicksburg-6p.pdf",
  "enc-user-aes128-libreoffice.pdf",
  "bad-stream-length-8p.pdf",
  "bad-xref-missing-objects.pdf",
];

function sharedFiles(): string[] {
  if (SHARED_DIR === null) {
    process.stdout.write(
      "patched-pdfjs-reads-the-same: ../shared is missing, so only generated and demo PDFs are compared\n",
    );
    return [];
  }
  return sharedPdfs(SHARED_DIR, REAL_PDFS);
}

describe("pdf.js with the speed patch reads what pdf.js without it reads", () => {
  it("gives the same text, boxes, pages without text, blank pages, paint and problems, file for file", async () => {
    const office = await buildOfficePdfs();
    if (office === null)
      process.stdout.write(
        `patched-pdfjs-reads-the-same: office-made PDFs not compared: ${missingOfficeTools() ?? ""}\n`,
      );
    const files = [
      ...generatedFiles(),
      ...Object.values(office ?? {}),
      ...pdfsUnder(join(PROJECT_ROOT, "corpus", "plans")),
      ...sharedFiles(),
    ];
    const { differing, patched } = await filesReadDifferently(files);
    expect(differing).toEqual([]);
    // The comparison means something only if the files were read: most have text, and some pages paint images
    // and paths without text.
    expect(
      patched.filter((line) => line.includes('"hasText":true')).length,
    ).toBeGreaterThan(files.length / 2);
    expect(patched.some((l) => l.includes('"image":true'))).toBe(true);
    expect(patched.some((l) => /"pagesPathsOnly":\[\d/.test(l))).toBe(true);
  }, 240_000);
});
