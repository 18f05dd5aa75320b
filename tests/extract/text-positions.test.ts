import { extractPages } from "../../pipeline/extract/pdfjs.js";
import { makePdf } from "../fixtures/pdf-writer.js";

// Highlight boxes come from where pdf.js says each text item starts. pdf.js computes that from the current
// transformation matrix, the text matrix, the font size, horizontal scaling and text rise, in a function that
// patches/pdfjs-dist+5.6.205.patch rewrites for speed; these cases pin its arithmetic to what the PDF says.
async function firstBox(stream: string) {
  const r = await extractPages(makePdf([{ kind: "content", stream }]), "x.pdf");
  if (!r.ok) throw new Error(r.problem.reason);
  const [page] = r.value.pages;
  expect(page?.raw).toBe("abc");
  return page?.boxes?.[0];
}

// Helvetica's widths of a, b and c: 556 + 556 + 500 thousandths of the font size.
const ABC = 1.612;

type Expected = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly rotated?: boolean;
};

describe("text items start where the PDF's matrices put them", () => {
  it.each<[string, string, Expected]>([
    [
      "a plain Td",
      "BT /F1 10 Tf 100 200 Td (abc) Tj ET",
      { x: 100, y: 200, width: 10 * ABC },
    ],
    [
      "a scaled and shifted page matrix (cm)",
      "q 2 0 0 2 10 20 cm BT /F1 10 Tf 100 200 Td (abc) Tj ET Q",
      { x: 210, y: 420, width: 20 * ABC },
    ],
    [
      "a page matrix turned a quarter",
      "q 0 1 -1 0 300 100 cm BT /F1 10 Tf 50 60 Td (abc) Tj ET Q",
      { x: 240, y: 150, width: 10 * ABC, rotated: true },
    ],
    [
      "text rise (Ts)",
      "BT /F1 10 Tf 5 Ts 100 200 Td (abc) Tj ET",
      { x: 100, y: 205, width: 10 * ABC },
    ],
    [
      "a scaled text matrix (Tm) with rise, which the text matrix scales",
      "BT /F1 1 Tf 12 0 0 12 100 200 Tm 3 Ts (abc) Tj ET",
      { x: 100, y: 236, width: 12 * ABC },
    ],
    [
      "a text matrix turned a quarter, with rise across the line",
      "BT /F1 10 Tf 0 1 -1 0 100 200 Tm 5 Ts (abc) Tj ET",
      { x: 95, y: 200, width: 10 * ABC, rotated: true },
    ],
    [
      "horizontal scaling (Tz)",
      "BT /F1 10 Tf 50 Tz 100 200 Td (abc) Tj ET",
      { x: 100, y: 200, width: 5 * ABC },
    ],
  ])("%s", async (_what, stream, expected) => {
    const box = await firstBox(stream);
    expect(box?.x).toBeCloseTo(expected.x, 2);
    expect(box?.y).toBeCloseTo(expected.y, 2);
    expect(box?.width).toBeCloseTo(expected.width, 1);
    expect(box?.rotated).toBe(expected.rotated ?? false);
  });
});
