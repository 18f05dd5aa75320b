import { locateLines, type LocatePage } from "../../pipeline/locate/index.js";
import type { TextBox } from "../../pipeline/types.js";

// A plan whose appendix is a scanned letter of support: its text pages are set in 11 pt, the letter is read by
// OCR. An OCR word box is the word's ink (stored as height = ink / 1.2, see ocr/read-ocr-page.ts), so its height
// depends on the letters ("use" is shorter than "policy") and is well under the font size. Judged as font sizes,
// every line of the letter's lower half was smaller than the body text with nothing larger below: a footnote.

/** A text-layer line as pdf.js gives it: one item, its height the font size. */
function textLine(raw: string, at: number, y: number, size: number): TextBox {
  return {
    start: at,
    end: at + raw.length,
    x: 72,
    y,
    width: raw.length * size * 0.5,
    height: size,
    rotated: false,
  };
}

/** The ink height of an 11 pt word as Tesseract boxes it: x-height, plus ascenders and descenders it has. */
function inkHeight(word: string): number {
  const up = /[A-Zbdfhklt0-9]/.test(word) ? 2.7 : 0;
  const down = /[gjpqy]/.test(word) ? 2.4 : 0;
  return (5.2 + up + down) / 1.2;
}

/** A page of OCR words, one line per string, each word its own box with a confidence. */
function ocrPage(pageNumber: number, lines: readonly string[]): LocatePage {
  const boxes: TextBox[] = [];
  let raw = "";
  lines.forEach((line, i) => {
    if (i > 0) raw += "\n";
    let x = 72;
    line.split(" ").forEach((word, k) => {
      if (k > 0) raw += " ";
      boxes.push({
        start: raw.length,
        end: raw.length + word.length,
        x,
        y: 740 - i * 30,
        width: word.length * 5,
        height: inkHeight(word),
        rotated: false,
        confidence: 91,
      });
      raw += word;
      x += word.length * 5 + 3;
    });
  });
  return { page: pageNumber, raw, boxes };
}

function textPage(
  pageNumber: number,
  lines: readonly (readonly [string, number])[],
): LocatePage {
  const boxes: TextBox[] = [];
  let raw = "";
  lines.forEach(([line, size], i) => {
    if (i > 0) raw += "\n";
    boxes.push(textLine(line, raw.length, size < 11 ? 60 : 720 - i * 14, size));
    raw += line;
  });
  return { page: pageNumber, raw, boxes };
}

// The plan itself is most of the document's text, so its 11 pt is the body size.
const planLines = Array.from(
  { length: 30 },
  (_, i) =>
    [
      `Workstream ${i + 1} will weigh social value in each contract it lets and report on it.`,
      11,
    ] as const,
);

const plan = textPage(1, [
  ...planLines,
  ["The partnership will weigh social value in every contract it lets.", 11],
  ["Commissioners will report the social value of each contract yearly.", 11],
  ["This will reduce agency spend by twenty per cent by 2020/21.", 11],
  ["1 Public Services (Social Value) Act 2012, section 1.", 8],
]);

const letter = ocrPage(2, [
  "Dear colleagues,",
  "We write in support of the plan and its approach to procurement.",
  "Our members have long argued for social value in local contracts,",
  "and we welcome the commitment to measure it in every one of them.",
  "We are keen to see more of our voluntary sector partners invited",
  "to take part in the design of new services across the area,",
  "so that more of the money spent on care stays in our communities.",
  "We are sure this is a sound basis for our work over the coming years",
  "and we ask that our members are consulted on the measures used.",
  "some of us can offer our own evidence on outcomes in our area.",
  "Yours sincerely,",
  "Jane Carter, Chair, Voluntary Action Network",
]);

describe("a paragraph read by OCR is located as body text, not as a footnote", () => {
  const located = locateLines([plan, letter]);

  it("every line of the OCR letter is body text (fixed: its lower half was a footnote)", () => {
    const lines = located.get(2);
    expect(lines?.lines).toHaveLength(12);
    expect(lines?.locations).toEqual(Array(12).fill("body"));
  });

  it("a small line at the foot of a text-layer page is still a footnote", () => {
    expect(located.get(1)?.locations).toEqual([
      ...Array(33).fill("body"),
      "footnote",
    ]);
  });
});
