import { parseTsv } from "../../pipeline/ocr/index.js";
import { ok } from "../../pipeline/problem.js";

// Tesseract 5's TSV (`tesseract IMAGE stdout tsv`): levels 1-4 are layout rows with conf -1, level 5 rows are
// words. Written out here as Tesseract prints it, tabs and all.
const HEADER =
  "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
const row = (...cells: (string | number)[]) => cells.join("\t");

describe("parseTsv", () => {
  it("keeps the word rows, in order, with their layout numbers, boxes and confidences", () => {
    const tsv = [
      HEADER,
      row(1, 1, 0, 0, 0, 0, 0, 0, 2481, 3508, -1, ""),
      row(2, 1, 1, 0, 0, 0, 236, 300, 900, 60, -1, ""),
      row(3, 1, 1, 1, 0, 0, 236, 300, 900, 60, -1, ""),
      row(4, 1, 1, 1, 1, 0, 236, 300, 900, 60, -1, ""),
      row(5, 1, 1, 1, 1, 1, 236, 300, 180, 60, 96.512817, "Social"),
      row(5, 1, 1, 1, 1, 2, 430, 302, 160, 58, 95.1, "value"),
      row(5, 1, 2, 1, 1, 1, 236, 500, 80, 40, 88, "2016"),
      "",
    ].join("\n");
    expect(parseTsv(tsv)).toEqual(
      ok([
        {
          block: 1,
          paragraph: 1,
          line: 1,
          left: 236,
          top: 300,
          width: 180,
          height: 60,
          confidence: 96.512817,
          text: "Social",
        },
        {
          block: 1,
          paragraph: 1,
          line: 1,
          left: 430,
          top: 302,
          width: 160,
          height: 58,
          confidence: 95.1,
          text: "value",
        },
        {
          block: 2,
          paragraph: 1,
          line: 1,
          left: 236,
          top: 500,
          width: 80,
          height: 40,
          confidence: 88,
          text: "2016",
        },
      ]),
    );
  });

  it("leaves out word rows with no text (Tesseract writes them for specks) and reads CRLF line ends", () => {
    const tsv = [
      HEADER,
      row(5, 1, 1, 1, 1, 1, 10, 10, 5, 5, 0, " "),
      row(5, 1, 1, 1, 1, 2, 20, 10, 50, 20, 91, "care"),
    ].join("\r\n");
    const words = parseTsv(tsv);
    expect(words.ok && words.value.map((w) => w.text)).toEqual(["care"]);
  });

  it("gives a problem for output that is not Tesseract TSV", () => {
    expect(parseTsv("Error in pixReadStream: Unknown format")).toEqual({
      ok: false,
      problem: { reason: expect.stringMatching(/^not Tesseract TSV/) },
    });
    expect(parseTsv(`${HEADER}\n`)).toEqual(ok([]));
  });
});
