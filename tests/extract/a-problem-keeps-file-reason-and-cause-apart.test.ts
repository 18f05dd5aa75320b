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
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("a document's problem is data: file, status and reason apart, the stored line made from them", () => {
  it.each([
    ["zero bytes", new Uint8Array(), "empty"],
    ["an HTML page", bytesOf("<!DOCTYPE html><html>404</html>"), "not-pdf"],
    ["a PDF cut short", bytesOf("%PDF-1.7\n1 0 obj\n<<"), "corrupt"],
    ["a scan", makePdf([imagePage()]), "no-text"],
    [
      "a scanned page among text",
      makePdf([textPage("a"), imagePage()]),
      "partial-text",
    ],
  ])("%s", async (_, bytes, status) => {
    const r = await read(bytes);
    expect(r.status).toBe(status);
    expect(r.problem?.file).toBe("plans/p/x.pdf");
    expect(r.problem?.status).toBe(status);
    expect(r.problem?.reason.startsWith("plans/p/x.pdf")).toBe(false);
    expect(problemLine(r.problem)).toBe(`plans/p/x.pdf: ${r.problem?.reason}`);
  });

  it("a readable PDF has no problem", async () => {
    const r = await read(makePdf([textPage("one")]));
    expect([r.status, r.problem, problemLine(r.problem)]).toEqual([
      "ok",
      null,
      null,
    ]);
  });

  it("pdf.js's error stays as the cause of a damaged PDF, as name and message", async () => {
    const r = await read(bytesOf("%PDF-1.7\n1 0 obj\n<<"));
    expect(r.problem?.cause).toEqual({
      name: expect.any(String),
      message: expect.any(String),
    });
  });
});
