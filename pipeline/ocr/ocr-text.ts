import type { OcrWord, Span } from "../types.js";

/** A page's OCR text and where each of its words is in it. */
export type OcrText = {
  /** The words joined by " ", with "\n" wherever Tesseract's block, paragraph or line changes. */
  readonly raw: string;
  /** The words kept, in order, each with its span in `raw` (half-open, UTF-16 code units). */
  readonly words: readonly (OcrWord & { readonly span: Span })[];
};

const sameLine = (a: OcrWord, b: OcrWord) =>
  a.block === b.block && a.paragraph === b.paragraph && a.line === b.line;

/**
 * Spec v2.0 point 3, the OCR page text: every word in Tesseract's reading order (numbers and signs too), joined
 * by " ", "\n" where the block, paragraph or line number changes. `minConfidence` keeps only the words at least
 * that confident (a picture page's text); null keeps every word (an `ocr` page).
 */
export function buildOcrText(
  words: readonly OcrWord[],
  minConfidence: number | null,
): OcrText {
  let raw = "";
  const kept: (OcrWord & { span: Span })[] = [];
  let previous: OcrWord | null = null;
  for (const word of words) {
    if (minConfidence !== null && word.confidence < minConfidence) continue;
    if (previous !== null) raw += sameLine(previous, word) ? " " : "\n";
    kept.push({
      ...word,
      span: { start: raw.length, end: raw.length + word.text.length },
    });
    raw += word.text;
    previous = word;
  }
  return { raw, words: kept };
}
