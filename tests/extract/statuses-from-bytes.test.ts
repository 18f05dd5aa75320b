import { readDocument } from "../../pipeline/extract/read-document.js";
import { problemLine } from "../../pipeline/problem.js";
import type { Doc } from "../../pipeline/types.js";
import {
  blankPage,
  imagePage,
  makePdf,
  textPage,
} from "../fixtures/pdf-writer.js";
import { encryptPdf, missingQpdf } from "../fixtures/qpdf.js";
import { describeUnlessMissing } from "../helpers.js";

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
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("spec §Documents: each file gets one status, with a reason naming the file", () => {
  it("a readable PDF is ok, with its pages", async () => {
    const r = await read(makePdf([textPage("one"), textPage("two")]));
    expect([r.status, r.pageCount, problemLine(r.problem)]).toEqual([
      "ok",
      2,
      null,
    ]);
    expect(r.pages.map((p) => p.raw)).toEqual(["one", "two"]);
  });

  it("zero bytes is empty", async () => {
    const r = await read(new Uint8Array());
    expect([r.status, problemLine(r.problem)]).toEqual([
      "empty",
      "plans/p/x.pdf: the file is empty (0 bytes)",
    ]);
  });

  it("an HTML page saved as .pdf is not-pdf, and says what it looks like", async () => {
    const r = await read(bytesOf("<!DOCTYPE html><html>404</html>"));
    expect(r.status).toBe("not-pdf");
    expect(problemLine(r.problem)).toMatch(
      /^plans\/p\/x\.pdf: not a PDF .*HTML page/,
    );
  });

  it("a PDF cut short in the middle of its first object is corrupt", async () => {
    const whole = makePdf([textPage("social value")]);
    const r = await read(whole.subarray(0, 40));
    expect(r.status).toBe("corrupt");
    expect(problemLine(r.problem)).toMatch(/^plans\/p\/x\.pdf: damaged PDF/);
  });

  it("a PDF whose pages are all images is no-text", async () => {
    const r = await read(makePdf([imagePage(), imagePage()]));
    expect([r.status, r.pagesWithoutText]).toEqual(["no-text", [1, 2]]);
  });

  it("a PDF with some scanned pages is partial-text, listing them", async () => {
    const r = await read(
      makePdf([
        textPage("social value"),
        imagePage(),
        textPage("more"),
        imagePage(),
      ]),
    );
    expect([r.status, r.pagesWithoutText]).toEqual(["partial-text", [2, 4]]);
    expect(problemLine(r.problem)).toBe(
      "plans/p/x.pdf: pages 2, 4 have no text layer (scanned image?)",
    );
  });

  it("a blank page (no text, no image) is not a missing text layer", async () => {
    const r = await read(makePdf([textPage("text"), blankPage()]));
    expect([r.status, r.pagesWithoutText]).toEqual(["ok", []]);
  });

  describeUnlessMissing(missingQpdf(), "encrypted PDFs (made by qpdf)", () => {
    it("a PDF that needs a user password is encrypted", async () => {
      const r = await read(
        encryptPdf(makePdf([textPage("social value")]), "user-secret"),
      );
      expect([r.status, problemLine(r.problem)]).toEqual([
        "encrypted",
        "plans/p/x.pdf: encrypted, it needs a password to open",
      ]);
    });

    it("a PDF with only an owner password opens and is ok", async () => {
      const r = await read(encryptPdf(makePdf([textPage("social value")]), ""));
      expect(r.status).toBe("ok");
      expect(r.pages[0]?.raw).toContain("social value");
    });
  });
});
