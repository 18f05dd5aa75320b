import { findText } from "../../pipeline/normalise/index.js";

const at = (raw: string, text: string) =>
  findText(raw, text).map((s) => raw.slice(s.start, s.end));

describe("finding an analyst's words on a page (stp-scan code --text)", () => {
  it("finds the words across a line break and a run of spaces, as extracted", () => {
    const raw = "We will use our spending\npower  to create local jobs.";
    expect(at(raw, "spending power to create")).toEqual([
      "spending\npower  to create",
    ]);
  });

  it("reads a hyphen at a line end joined, as a reader does", () => {
    expect(at("local apprentice-\nships here", "apprenticeships")).toEqual([
      "apprentice-\nships",
    ]);
  });

  it("folds ligatures, curly quotes and case", () => {
    expect(at("A ‘ﬁrst’ Step", "'first' step")).toEqual(["‘ﬁrst’ Step"]);
  });

  it("finds every place, in page order", () => {
    expect(findText("local jobs, local jobs", "local jobs")).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 22 },
    ]);
  });

  it("finds words only whole: not inside a longer word", () => {
    expect(at("social values", "social value")).toEqual([]);
    expect(at("social value.", "social value")).toEqual(["social value"]);
  });

  it("finds nothing for words the page does not hold, or text without a word", () => {
    expect(at("social care", "social value")).toEqual([]);
    expect(at("social care", " ... ")).toEqual([]);
  });
});
