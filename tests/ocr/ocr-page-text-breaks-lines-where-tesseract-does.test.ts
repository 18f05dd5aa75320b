import { buildOcrText, readOcrPage } from "../../pipeline/ocr/index.js";
import type { OcrPageRead, OcrWord } from "../../pipeline/types.js";

const word = (
  text: string,
  block: number,
  paragraph: number,
  line: number,
  confidence = 95,
): OcrWord => ({
  text,
  confidence,
  block,
  paragraph,
  line,
  box: [100, 700, 100 + 6 * text.length, 712],
});

describe("buildOcrText", () => {
  it("joins words by a space and breaks where the block, paragraph or line number changes", () => {
    const text = buildOcrText(
      [
        word("Our", 1, 1, 1),
        word("social", 1, 1, 1),
        word("so-", 1, 1, 2),
        word("cial", 1, 2, 1),
        word("value", 1, 2, 1),
        word("£2m", 2, 1, 1),
      ],
      null,
    );
    expect(text.raw).toBe("Our social\nso-\ncial value\n£2m");
    expect(
      text.words.map((w) => text.raw.slice(w.span.start, w.span.end)),
    ).toEqual(["Our", "social", "so-", "cial", "value", "£2m"]);
  });

  it("keeps only words at least minConfidence confident when given one (a picture's text)", () => {
    const text = buildOcrText(
      [
        word("Better", 1, 1, 1, 96),
        word("~~", 1, 1, 1, 12),
        word("care", 1, 1, 2, 91),
        word("for", 1, 1, 2, 69.9),
      ],
      70,
    );
    expect(text.raw).toBe("Better\ncare");
  });
});

describe("readOcrPage", () => {
  const thresholds = { minWords: 10, minConfidence: 70 };
  const read = (
    words: OcrWord[],
    failure: string | null = null,
  ): OcrPageRead => ({
    page: 3,
    engine: "tesseract 5.3.0",
    skewDegrees: 0,
    words,
    failure,
  });
  const lines = (n: number, confidence: number) =>
    Array.from({ length: n }, (_, i) =>
      word(
        i === 0 ? "social" : "value",
        1,
        1,
        1 + Math.floor(i / 2),
        confidence,
      ),
    );

  it("an ocr page's text is every word, with a box and a confidence per word", () => {
    const outcome = readOcrPage(
      read([...lines(10, 90), word("42", 1, 1, 9, 30)]),
      thresholds,
    );
    expect(outcome.source).toBe("ocr");
    expect(outcome.page.raw.split("\n").slice(0, 2)).toEqual([
      "social value",
      "value value",
    ]);
    expect(outcome.page.raw.endsWith("\n42")).toBe(true);
    expect(outcome.page.boxes).toHaveLength(11);
    expect(outcome.page.boxes?.[0]).toMatchObject({
      start: 0,
      end: 6,
      confidence: 90,
      rotated: false,
    });
  });

  it("a picture page keeps only its confident words; one with none is read but has no text", () => {
    const title = readOcrPage(
      read([word("Better", 1, 1, 1, 95), word("c4r3", 1, 1, 1, 40)]),
      thresholds,
    );
    expect([title.source, title.page.raw, title.page.hasText]).toEqual([
      "picture",
      "Better",
      true,
    ]);
    const photo = readOcrPage(read([]), thresholds);
    expect([
      photo.source,
      photo.page.raw,
      photo.page.hasText,
      photo.reason,
    ]).toEqual(["picture", "", false, null]);
  });

  it("an unreadable page has no text and says why; so does a read that failed", () => {
    const poor = readOcrPage(read(lines(20, 40)), thresholds);
    expect([poor.source, poor.page.raw, poor.page.hasText]).toEqual([
      "unreadable",
      "",
      false,
    ]);
    expect(poor.reason).toBe(
      "OCR mean confidence 40 on 20 words, below 70 (a poor scan?)",
    );
    const hung = readOcrPage(
      read([], "OCR could not read it: tesseract stopped after 60 s"),
      thresholds,
    );
    expect([hung.source, hung.reason]).toEqual([
      "unreadable",
      "OCR could not read it: tesseract stopped after 60 s",
    ]);
  });
});
