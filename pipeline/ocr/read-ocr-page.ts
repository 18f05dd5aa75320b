import type {
  OcrPageRead,
  OcrThresholds,
  PageSource,
  PageText,
  TextBox,
} from "../types.js";
import { classifyOcrPage } from "./classify-page.js";
import { buildOcrText } from "./ocr-text.js";
import { counted } from "../plural.js";

/** What a page read by OCR becomes: its page text, its source, and for an unreadable one the reason. */
export type OcrPageOutcome = {
  readonly page: PageText;
  readonly source: Exclude<PageSource, "text">;
  /** Why the page stays without text (a sentence fragment: "OCR mean confidence 41 on 472 words"); else null. */
  readonly reason: string | null;
};

/**
 * A word box as a TextBox: highlightRects draws from 0.25 of the height below `y` to 0.95 above, so a box of
 * height (y1 - y0) / 1.2 placed at y0 + 0.25 of it gives back exactly the word's rectangle.
 */
function wordTextBox(
  span: { start: number; end: number },
  box: readonly [number, number, number, number],
  confidence: number,
): TextBox {
  const [x0, y0, x1, y1] = box;
  const height = Math.max(0.01, (y1 - y0) / 1.2);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    start: span.start,
    end: span.end,
    x: x0,
    y: round(y0 + 0.25 * height),
    width: round(x1 - x0),
    height: round(height),
    rotated: false,
    confidence: Math.round(confidence * 100) / 100,
  };
}

/**
 * Spec v2.0 point 3 for one page OCR read: classified by its words, an `ocr` page's text is every word, a
 * `picture`'s only its words of confidence >= minConfidence, an `unreadable` page has no text (as a page
 * without text layer). A read that failed is `unreadable` with the failure as its reason.
 */
export function readOcrPage(
  read: OcrPageRead,
  thresholds: OcrThresholds,
): OcrPageOutcome {
  const none = (reason: string): OcrPageOutcome => ({
    page: {
      page: read.page,
      raw: "",
      hasText: false,
      source: "unreadable",
    },
    source: "unreadable",
    reason,
  });
  if (read.failure !== null) return none(read.failure);
  const verdict = classifyOcrPage(read.words, thresholds);
  if (verdict.pageClass === "unreadable")
    return none(
      `OCR mean confidence ${Math.round(verdict.meanConfidence ?? 0)} on ${counted(verdict.words, "word")}, below ${thresholds.minConfidence} (a poor scan?)`,
    );
  const text = buildOcrText(
    read.words,
    verdict.pageClass === "picture" ? thresholds.minConfidence : null,
  );
  return {
    page: {
      page: read.page,
      raw: text.raw,
      // A picture with no confident word is read all the same: there is nothing on it to match.
      hasText: text.raw !== "",
      boxes: text.words.map((w) => wordTextBox(w.span, w.box, w.confidence)),
      source: verdict.pageClass,
    },
    source: verdict.pageClass,
    reason: null,
  };
}
