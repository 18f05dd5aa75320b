import { readDocument } from "../../pipeline/extract/read-document.js";
import { problemLine } from "../../pipeline/problem.js";
import type { Doc } from "../../pipeline/types.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";

const doc: Doc = {
  planId: "p",
  path: "plans/p/x.pdf",
  role: "plan",
  order: 0,
  manifestSha256: null,
  inManifest: true,
  existsOnDisk: true,
};
const read = (bytes: Uint8Array) => readDocument(doc, bytes, "sha");
// What pdf.js returns for a font whose glyphs have no Unicode mapping: the glyph codes themselves.
const GLYPH_CODES = "\u0001\u0002\u0003\u0004 \u0005\u0006\u0007\u0008";

describe("pages whose text layer cannot be read count as pages without text", () => {
  it("a document of glyph codes only is no-text, and says why", async () => {
    const r = await read(
      makePdf([textPage(GLYPH_CODES), textPage(GLYPH_CODES)]),
    );
    expect([
      r.status,
      r.pagesWithoutText,
      r.pages.map((p) => p.hasText),
    ]).toEqual(["no-text", [1, 2], [false, false]]);
    expect(problemLine(r.problem)).toBe(
      "plans/p/x.pdf: no page has a usable text layer (text layer unreadable (no Unicode mapping?)); OCR it first",
    );
    expect(r.pages[0]?.raw).toBe(GLYPH_CODES);
  });

  it("one unreadable page among readable ones is partial-text, told apart from a scanned page", async () => {
    const r = await read(
      makePdf([textPage("Social value"), imagePage(), textPage(GLYPH_CODES)]),
    );
    expect([r.status, r.pagesWithoutText]).toEqual(["partial-text", [2, 3]]);
    expect(problemLine(r.problem)).toBe(
      "plans/p/x.pdf: page 2 has no text layer (scanned image?); page 3: text layer unreadable (no Unicode mapping?)",
    );
  });

  it("Arabic, Chinese and Thai pages stay readable", async () => {
    const r = await read(
      makePdf([
        textPage("النتائج النهائية للانتخابات"),
        textPage("本公司债券募集说明书摘要"),
        textPage("แบบฝึกหัดคณิตศาสตร์"),
      ]),
    );
    expect([r.status, r.pagesWithoutText]).toEqual(["ok", []]);
  });
});

describe("a PDF pdf.js opens with no pages is corrupt", () => {
  it("an empty page tree is a damaged PDF, not a scan to OCR", async () => {
    const pdf = Buffer.from(makePdf([textPage("one")])).toString("latin1");
    // Same length, so the xref offsets stay right and only the page tree is wrong.
    const pageless = pdf.replace(/\/Kids \[[^\]]*\] \/Count 1/, (kids) =>
      "/Kids [] /Count 0".padEnd(kids.length, " "),
    );
    expect(pageless).not.toBe(pdf);
    const r = await read(new Uint8Array(Buffer.from(pageless, "latin1")));
    expect([r.status, r.pageCount, problemLine(r.problem)]).toEqual([
      "corrupt",
      0,
      "plans/p/x.pdf: damaged PDF (no pages can be found: the page tree is missing or empty)",
    ]);
  });
});
