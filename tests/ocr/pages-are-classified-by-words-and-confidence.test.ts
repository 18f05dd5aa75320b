import {
  classifyOcrPage,
  isClassifyingWord,
} from "../../pipeline/ocr/index.js";

// Spec v2.0 point 3: a word is a Tesseract word with at least 2 letters; fewer than 10 words is a picture;
// else a mean confidence >= 70 is ocr, below it unreadable. Thresholds are options.
const THRESHOLDS = { minWords: 10, minConfidence: 70 };
const words = (n: number, confidence: number, text = "care") =>
  Array.from({ length: n }, () => ({ text, confidence }));

describe("classifyOcrPage", () => {
  it.each([
    ["10 words of mean 70 (both edges met)", "ocr", words(10, 70)],
    ["10 words of mean 69.9", "unreadable", words(10, 69.9)],
    ["9 words of mean 99", "picture", words(9, 99)],
    ["9 words of mean 10 (too few to be unreadable)", "picture", words(9, 10)],
    ["no words at all (a photo)", "picture", []],
    ["472 words of mean 41 (a fax-quality scan)", "unreadable", words(472, 41)],
    ["460 words of mean 96 (a clean scan)", "ocr", words(460, 96)],
  ] as const)("%s: %s", (_name, want, given) => {
    expect(classifyOcrPage(given, THRESHOLDS).pageClass).toBe(want);
  });

  it("counts only words with 2 letters or more, and averages only their confidence", () => {
    const page = [
      ...words(9, 95),
      { text: "2016", confidence: 20 },
      { text: "a", confidence: 20 },
      { text: "—", confidence: 5 },
      { text: "£5m", confidence: 30 },
    ];
    expect(classifyOcrPage(page, THRESHOLDS)).toEqual({
      pageClass: "picture",
      words: 9,
      meanConfidence: 95,
    });
    expect(
      classifyOcrPage([...page, { text: "NHS", confidence: 45 }], THRESHOLDS),
    ).toEqual({
      pageClass: "ocr",
      words: 10,
      meanConfidence: 90,
    });
  });

  it("takes other thresholds as options", () => {
    expect(
      classifyOcrPage(words(5, 60), { minWords: 5, minConfidence: 60 })
        .pageClass,
    ).toBe("ocr");
    expect(
      classifyOcrPage(words(5, 60), { minWords: 5, minConfidence: 61 })
        .pageClass,
    ).toBe("unreadable");
    expect(
      classifyOcrPage(words(5, 60), { minWords: 6, minConfidence: 60 })
        .pageClass,
    ).toBe("picture");
  });

  it.each([
    ["so", true],
    ["Ça", true],
    ["ω1β", true],
    ["a", false],
    ["a1", false],
    ["2016", false],
    ["—", false],
  ] as const)("%s has at least 2 letters: %s", (text, want) => {
    expect(isClassifyingWord(text)).toBe(want);
  });
});
