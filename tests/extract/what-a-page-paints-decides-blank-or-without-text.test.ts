import { extractPages } from "../../pipeline/extract/pdfjs.js";
import {
  blankPage,
  imagePage,
  makePdf,
  textPage,
  type PageSpec,
} from "../fixtures/pdf-writer.js";

// Spec v2.1 points 1-2: a page without text that paints nothing is blank; one that paints an image or vector
// paths (outlined text, a chart) is a page without text, to be read by OCR. What a page paints is read from its
// whole operator list: a picture drawn after a space in a font is still a picture.

const content = (stream: string): PageSpec => ({ kind: "content", stream });

async function read(pages: PageSpec[]) {
  const r = await extractPages(makePdf(pages), "x.pdf", {
    paintsOfEveryPage: true,
  });
  if (!r.ok) throw new Error(r.problem.reason);
  return r.value;
}

describe("what a page paints decides whether a page without text is blank or to be read", () => {
  it("a page that draws nothing, or only sets up state and clips, is blank", async () => {
    const v = await read([
      blankPage(),
      content("0.1 w"),
      content("q 0 0 612 792 re W n Q"),
      content("BT /F1 12 Tf 14.4 TL ET"),
      textPage("some text"),
    ]);
    expect(v.blankPages).toEqual([1, 2, 3, 4]);
    expect(v.pagesWithoutText).toEqual([]);
  });

  it("a picture drawn after a space in a font is a page without text that paints an image", async () => {
    const v = await read([
      content(
        "BT /F1 11 Tf 72 700 Td ( ) Tj ET q 468 0 0 648 72 72 cm /Im1 Do Q",
      ),
      imagePage(),
    ]);
    expect(v.pagesWithoutText).toEqual([1, 2]);
    expect(v.pagesPathsOnly).toEqual([]);
    expect(v.blankPages).toEqual([]);
    expect(v.paints?.map((p) => p.image)).toEqual([true, true]);
  });

  it("filled or stroked paths without text (outlines, a chart) make a page without text that paints only paths", async () => {
    const v = await read([
      content("0 0 1 rg 100 100 50 300 re f 200 100 50 200 re f"),
      content("1 w 72 72 m 500 500 l S"),
      textPage("text"),
    ]);
    expect(v.pagesWithoutText).toEqual([1, 2]);
    expect(v.pagesPathsOnly).toEqual([1, 2]);
    expect(v.paints?.map((p) => [p.text, p.image, p.paths])).toEqual([
      [false, false, true],
      [false, false, true],
      [true, false, false],
    ]);
  });

  it("a page with a text layer paints text, whatever else it paints", async () => {
    const v = await read([
      content(
        "q 468 0 0 648 72 72 cm /Im1 Do Q BT /F1 11 Tf 72 700 Td (Caption) Tj ET",
      ),
    ]);
    expect(v.pages[0]?.hasText).toBe(true);
    expect(v.paints?.[0]).toEqual({ text: true, image: true, paths: false });
    expect([v.pagesWithoutText, v.blankPages]).toEqual([[], []]);
  });
});
