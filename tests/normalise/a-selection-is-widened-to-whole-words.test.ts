import { wholeWordsSpan } from "../../pipeline/normalise/index.js";

// A selection in the page viewer rarely starts and ends exactly on a word's edges: it is widened to whole words and
// narrowed past the spaces and punctuation at its ends, so what is coded is words as the command line's --text finds.

const RAW = "and show social, economic and environmental value.\nNext";
const slice = (s: { start: number; end: number } | null) =>
  s === null ? null : RAW.slice(s.start, s.end);

describe("wholeWordsSpan", () => {
  it("widens a selection that starts and ends inside words to the whole words", () => {
    const start = RAW.indexOf("show") + 2;
    const end = RAW.indexOf("value") + 3;
    expect(slice(wholeWordsSpan(RAW, { start, end }))).toBe(
      "show social, economic and environmental value",
    );
  });

  it("narrows past spaces and punctuation at its ends, across a line break", () => {
    const start = RAW.indexOf(" environmental");
    const end = RAW.indexOf("Next") + 4;
    expect(slice(wholeWordsSpan(RAW, { start, end }))).toBe(
      "environmental value.\nNext",
    );
    expect(
      slice(
        wholeWordsSpan(RAW, {
          start: RAW.indexOf(","),
          end: RAW.indexOf(",") + 2,
        }),
      ),
    ).toBeNull();
  });

  it("an exact selection stays as it is; one outside the text or empty holds no word", () => {
    const start = RAW.indexOf("economic");
    expect(wholeWordsSpan(RAW, { start, end: start + 8 })).toEqual({
      start,
      end: start + 8,
    });
    expect(wholeWordsSpan(RAW, { start: 0, end: RAW.length + 1 })).toBeNull();
    expect(wholeWordsSpan(RAW, { start: 5, end: 5 })).toBeNull();
  });
});
