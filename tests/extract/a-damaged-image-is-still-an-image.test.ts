import { extractPages } from "../../pipeline/extract/pdfjs.js";
import { blankPage, imagePage, makePdf } from "../fixtures/pdf-writer.js";

// A page with no text is a scan when it paints an image, blank when it paints nothing. The image is never
// decoded for that (patches/pdfjs-dist+5.6.205.patch), so one whose data cannot be decoded still counts: the page
// is reported as without a text layer (OCR may read it, or an analyst look at it), not silently as blank.
/** The fixture's image page, its image data (hex digits) now declared Flate: it cannot be decoded. */
function damagedImagePdf(): Uint8Array {
  const text = Buffer.from(makePdf([imagePage()])).toString("latin1");
  // Same length, so the cross-reference offsets stay right.
  const damaged = text.replace("/ASCIIHexDecode", "/FlateDecode   ");
  expect(damaged).not.toBe(text);
  return new Uint8Array(Buffer.from(damaged, "latin1"));
}

describe("a page that paints only an image is a page without a text layer", () => {
  it.each([
    ["an image that decodes", () => makePdf([imagePage()])],
    ["an image whose data cannot be decoded", damagedImagePdf],
  ])("%s", async (_what, pdf) => {
    const r = await extractPages(pdf(), "scan.pdf");
    if (!r.ok) throw new Error(r.problem.reason);
    expect(r.value.pages[0]?.hasText).toBe(false);
    expect(r.value.pagesWithoutText).toEqual([1]);
  });

  it("a page that paints nothing is blank", async () => {
    const r = await extractPages(makePdf([blankPage()]), "blank.pdf");
    if (!r.ok) throw new Error(r.problem.reason);
    expect(r.value.pagesWithoutText).toEqual([]);
  });
});
