import { normalise } from "../../pipeline/normalise/index.js";

describe("spec §Normalisation 1-3 and 5", () => {
  it.each([
    ["ligature ﬁ becomes two letters (NFKC)", "beneﬁt", "benefit"],
    ["ligatures ﬀ ﬃ ﬄ ﬂ", "eﬀort oﬃce baﬄe ﬂow", "effort office baffle flow"],
    ["full-width forms fold", "ｓｏｃｉａｌ", "social"],
    ["soft hyphen removed", "so\u00ADcial", "social"],
    [
      "zero-width space, joiners, word joiner and BOM removed",
      "s\u200Bo\u200Cc\u200Di\u2060a\uFEFFl",
      "social",
    ],
    [
      "every dash reads as -",
      "a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h",
      "a-b-c-d-e-f-g-h",
    ],
    [
      "curly quotes read as straight",
      "\u2018a\u2019 \u201Cb\u201D",
      "'a' \"b\"",
    ],
    [
      "a run of whitespace is one space",
      "social \t\n\n  value",
      "social value",
    ],
    ["non-breaking space is whitespace", "social\u00A0value", "social value"],
  ])("%s", (_name, raw, text) => {
    expect(normalise(raw).text).toBe(text);
  });

  it("maps each normalised character back to the raw character it came from", () => {
    const raw = "a ﬁ\u00ADx  y";
    const n = normalise(raw);
    expect(n.text).toBe("a fix y");
    // "f" and "i" both come from the ligature at raw index 2; "x" from index 4 (after the soft hyphen).
    expect(Array.from(n.toRaw.slice(0, 7))).toEqual([0, 1, 2, 2, 4, 5, 7]);
    expect(Array.from(n.toRawEnd.slice(0, 7))).toEqual([1, 2, 3, 3, 5, 7, 8]);
    expect(n.toRaw[7]).toBe(raw.length);
  });

  it("keeps a combining accent with its letter", () => {
    expect(normalise("cafe\u0301").text).toBe("café");
  });

  it("a soft hyphen between a letter and its accent still composes them (found by the property test)", () => {
    expect(normalise("e\u00AD\u0301").text).toBe(normalise("e\u0301").text);
  });
});
