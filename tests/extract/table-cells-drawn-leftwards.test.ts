import { extractPages } from "../../pipeline/extract/pdfjs.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";

const GAP = "X".repeat(30);

/**
 * One line "social<GAP>value" whose gap is replaced, byte for byte the same length, by operators that end the
 * first string and place the second one: the xref offsets stay right.
 */
async function twoItems(operators: string): Promise<string | undefined> {
  const pdf = Buffer.from(makePdf([textPage(`social${GAP}value`)])).toString(
    "latin1",
  );
  const edited = pdf.replace(GAP, `${operators.padEnd(GAP.length - 1)}(`);
  expect(edited.length).toBe(pdf.length);
  const r = await extractPages(
    new Uint8Array(Buffer.from(edited, "latin1")),
    "x.pdf",
  );
  if (!r.ok) throw new Error(r.problem.reason);
  return r.value.pages[0]?.raw;
}

describe("text drawn back leftwards along its line is a new word", () => {
  it("a cell drawn left of the one before it on the same line gets a space, not glued on", async () => {
    // Table rows written from the right-hand column first ("25,499.96STAFF ASSISTANT" before this).
    expect(await twoItems(")Tj ET BT 30 740 Td")).toBe("social value");
  });

  it("a heading drawn twice at the same place reads as two words", async () => {
    expect(await twoItems(")Tj ET BT 72 740 Td")).toBe("social value");
  });

  it("a gap forward on the line keeps pdf.js's own single space", async () => {
    expect(await twoItems(")Tj ET BT 160 740 Td")).toBe("social value");
  });

  it("a new line keeps its line break", async () => {
    expect(await twoItems(")Tj ET BT 30 700 Td")).toBe("social\nvalue");
  });

  it("one character drawn back over the last letter (an accent or arrow) is not a new word", async () => {
    const pdf = Buffer.from(makePdf([textPage(`v${GAP}^`)])).toString("latin1");
    const edited = pdf.replace(
      GAP,
      `${")Tj ET BT 72 740 Td".padEnd(GAP.length - 1)}(`,
    );
    const r = await extractPages(
      new Uint8Array(Buffer.from(edited, "latin1")),
      "x.pdf",
    );
    expect(r.ok && r.value.pages[0]?.raw).toBe("v^");
  });
});
