import { extractPages } from "../../pipeline/extract/pdfjs.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";

async function rawPages(...pages: Parameters<typeof makePdf>[0]) {
  const r = await extractPages(makePdf(pages), "x.pdf");
  if (!r.ok) throw new Error(r.problem.reason);
  return r.value.pages.map((p) => p.raw);
}

describe("pdf.js extraction keeps what matching needs", () => {
  it("puts a line break where the PDF starts a new line", async () => {
    expect(await rawPages(textPage("our so-", "cial value"))).toEqual([
      "our so-\ncial value",
    ]);
  });

  it("keeps pages apart, numbered from 1", async () => {
    const r = await extractPages(
      makePdf([textPage("social"), textPage("value")]),
      "x.pdf",
    );
    expect(r.ok && r.value.pages.map((p) => [p.page, p.raw])).toEqual([
      [1, "social"],
      [2, "value"],
    ]);
  });

  it("reads a character outside WinAnsi through the font's ToUnicode map", async () => {
    const [page] = await rawPages(
      textPage("non\u2011breaking social\u2011value"),
    );
    expect(page).toBe("non\u2011breaking social\u2011value");
  });

  it("reads ligatures as letters a phrase can match", async () => {
    const [page] = await rawPages(textPage("community bene\uFB01t"));
    // pdf.js may hand the ligature through or expand it; after normalisation both read "benefit".
    expect(page?.normalize("NFKC")).toBe("community benefit");
  });

  it("reads a rotated page", async () => {
    expect(
      await rawPages({
        kind: "text",
        lines: ["rotated social value"],
        rotate: 90,
      }),
    ).toEqual(["rotated social value"]);
  });
});
