import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus, type FixtureDoc } from "../fixtures/corpus-builder.js";
import {
  buildOfficePdfs,
  missingOfficeTools,
  type OfficePdfs,
} from "../fixtures/office-pdfs.js";
import { describeUnlessMissing, tempDir } from "../helpers.js";
import { missingOcrTools } from "../ocr/ocr-fixture.js";

// PDFs as LibreOffice and Ghostscript make them (tests/fixtures/office-pdfs.ts, their structure checked in
// office-pdfs.test.ts), scanned through the CLI the way an analyst runs it, and read back from the exports.
// Spec v2.1: a blank verso is `blank`, never a page without text (point 1); a page that paints only vector
// paths (a chart, words turned into outlines) is treated like a page that paints an image (point 2); a file
// with the same text as an earlier one in manifest order is its `duplicate` (point 3).

const DOCS = {
  plan: "plans/county/county-plan-2016-10.pdf",
  reupload: "plans/county/county-plan-2016-11.pdf",
  deck: "plans/county/county-summary-deck.pdf",
  outlined: "plans/infographic/infographic.pdf",
  type1Cover: "plans/infographic/photo-cover.pdf",
};

/** The corpus: manifest in path order, so the re-upload comes after the file it copies. */
function officeCorpus(pdfs: OfficePdfs): string {
  const doc = (path: string, file: string): FixtureDoc => ({
    plan: path.split("/")[1] as string,
    path,
    bytes: new Uint8Array(readFileSync(file)),
  });
  return writeCorpus([
    doc(DOCS.plan, pdfs.wordLike),
    doc(DOCS.reupload, pdfs.wordLikeResaved),
    doc(DOCS.deck, pdfs.deckLike),
    doc(DOCS.outlined, pdfs.outlined),
    doc(DOCS.type1Cover, pdfs.type1Cover),
  ]);
}

/** word-like.pdf's mentions: page 2's heading, body text, bullet and table cell. */
const FOUR_ON_PAGE_2 = Array.from({ length: 4 }, () => "p2 social-value text");

type Row = Record<string, string>;

/** `stp-scan export <table> --format csv --out FILE`, read back as rows. */
function exported(db: string, table: "documents" | "mentions"): Row[] {
  const out = join(tempDir(), `${table}.csv`);
  const run = runCli([
    "export",
    table,
    "--db",
    db,
    "--format",
    "csv",
    "--out",
    out,
  ]);
  if (run.status !== 0) throw new Error(`export ${table}: ${run.stderr}`);
  return parse<Row>(readFileSync(out, "utf8"), { bom: true, columns: true });
}

/** A page list cell (whatever its separator) as `[1,4]`; a column the export lacks shows as `missing`. */
const pageList = (cell: string | undefined) =>
  cell === undefined ? "missing" : `[${(cell.match(/\d+/g) ?? []).join(",")}]`;

/** One document row as a readable line: status, the page lists, what it duplicates and why. */
const documentLine = (row: Row | undefined) =>
  row === undefined
    ? "not exported"
    : [
        row.status,
        `without ${pageList(row.pages_without_text)}`,
        `blank ${pageList(row.pages_blank)}`,
        `ocr ${pageList(row.pages_ocr)}`,
        `picture ${pageList(row.pages_picture)}`,
        row.duplicate_of
          ? `duplicate_of ${row.duplicate_of} (${row.duplicate_reason ?? "no duplicate_reason"})`
          : "duplicate_of -",
      ].join(" ");

/** Scans `corpus` into a fresh database with `flags`, then exports documents and mentions. */
function scanAndExport(corpus: string, flags: readonly string[]) {
  const db = join(tempDir(), "stp.sqlite");
  const scan = runCli([
    "scan",
    "--quiet",
    ...flags,
    "--corpus",
    corpus,
    "--db",
    db,
  ]);
  if (scan.status !== 0) throw new Error(`scan: ${scan.stderr}`);
  const documents = new Map(
    exported(db, "documents").map((row) => [row.document ?? "", row]),
  );
  const mentions = exported(db, "mentions");
  return {
    document: (path: string) => documentLine(documents.get(path)),
    /** A document's mentions as `p2 social-value text` (`... not counted` in a duplicate), in export order. */
    mentionsOf: (path: string) =>
      mentions
        .filter((m) => m.document === path)
        .map(
          (m) =>
            `p${m.page} ${m.term_id} ${m.source}${m.counted === "false" ? " not counted" : ""}`,
        ),
  };
}

/** Each document's export line (documentLine) with --ocr off and with OCR, as spec v2.1 has it. */
const DOCUMENTS: readonly [string, string, string, string][] = [
  [
    "word-like.pdf: the picture cover and the chart have no text, the blank verso is blank",
    DOCS.plan,
    "partial-text without [1,4] blank [3] ocr [] picture [] duplicate_of -",
    "ok without [] blank [3] ocr [] picture [1,4] duplicate_of -",
  ],
  [
    "deck-like.pdf: the photo slide has no text",
    DOCS.deck,
    "partial-text without [3] blank [] ocr [] picture [] duplicate_of -",
    "ok without [] blank [] ocr [] picture [3] duplicate_of -",
  ],
  [
    "outlined.pdf: its one page paints its words as paths (no-text as the only page; OCR reads it)",
    DOCS.outlined,
    "no-text without [1] blank [] ocr [] picture [] duplicate_of -",
    "ok without [] blank [] ocr [1] picture [] duplicate_of -",
  ],
  [
    "type1-cover.pdf: a space in an embedded Type 1 font, then a picture: no text",
    DOCS.type1Cover,
    "no-text without [1] blank [] ocr [] picture [] duplicate_of -",
    "ok without [] blank [] ocr [] picture [1] duplicate_of -",
  ],
];

/** Each document's mentions with --ocr off and with OCR. */
const MENTIONS: readonly [string, string, string[], string[]][] = [
  [
    "word-like.pdf: page 2's heading, body, bullet and table cell each hold one",
    DOCS.plan,
    FOUR_ON_PAGE_2,
    FOUR_ON_PAGE_2,
  ],
  [
    "the re-upload: its mentions are exported but not counted (it adds nothing to its plan)",
    DOCS.reupload,
    FOUR_ON_PAGE_2.map((m) => `${m} not counted`),
    FOUR_ON_PAGE_2.map((m) => `${m} not counted`),
  ],
  [
    "deck-like.pdf: the bullet slide holds one",
    DOCS.deck,
    ["p2 social-value text"],
    ["p2 social-value text"],
  ],
  [
    "outlined.pdf: Tesseract reads the outlined social value",
    DOCS.outlined,
    [],
    ["p1 social-value ocr"],
  ],
];

/** The checks of one scan: `flags` on the command line, `mode` which expected column applies. */
function describeScan(
  mode: "ocr off" | "ocr",
  flags: readonly string[],
  corpus: () => string,
) {
  const pick = <T>(off: T, on: T) => (mode === "ocr off" ? off : on);
  let scan: ReturnType<typeof scanAndExport>;
  beforeAll(() => {
    scan = scanAndExport(corpus(), flags);
  }, 300_000);

  it.each(DOCUMENTS)("%s", (_, path, off, on) => {
    expect(scan.document(path)).toBe(pick(off, on));
  });

  it.each(MENTIONS)("mentions: %s", (_, path, off, on) => {
    expect(scan.mentionsOf(path)).toEqual(pick(off, on));
  });

  it("a re-upload with other bytes and the same text is a duplicate of the first file", () => {
    expect(scan.document(DOCS.reupload)).toMatch(
      new RegExp(`^duplicate .* duplicate_of ${DOCS.plan} \\(same text\\)$`),
    );
  });
}

describeUnlessMissing(
  missingOfficeTools(),
  "office-made PDFs are read faithfully",
  () => {
    let corpus = "";
    beforeAll(async () => {
      corpus = officeCorpus((await buildOfficePdfs()) as OfficePdfs);
    }, 180_000);

    describe("with --ocr off", () =>
      describeScan("ocr off", ["--ocr", "off"], () => corpus));
    describeUnlessMissing(missingOcrTools(), "with OCR (the default)", () =>
      describeScan("ocr", [], () => corpus),
    );
  },
);
