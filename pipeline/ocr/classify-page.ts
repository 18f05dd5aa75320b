import type { OcrClass, OcrThresholds } from "../types.js";

/** What a page's class rests on (spec v2.0 point 3). */
export type OcrVerdict = {
  readonly pageClass: OcrClass;
  /** Words with at least 2 letters: the ones that classify a page. */
  readonly words: number;
  /** Their mean confidence (0-100), null when there are none. */
  readonly meanConfidence: number | null;
};

/** Letters in any script (an accented or Greek letter is a letter; digits and signs are not). */
const LETTER = /\p{L}/gu;

/** True for a word that counts when classifying a page: at least 2 letters (spec v2.0 point 2). */
export const isClassifyingWord = (text: string) =>
  (text.match(LETTER)?.length ?? 0) >= 2;

/**
 * Spec v2.0 point 3: fewer than `minWords` words is a `picture`; else a mean confidence of at least
 * `minConfidence` is `ocr`, below it `unreadable`. Only words with at least 2 letters count here.
 */
export function classifyOcrPage(
  words: readonly { readonly text: string; readonly confidence: number }[],
  thresholds: OcrThresholds,
): OcrVerdict {
  const counted = words.filter((w) => isClassifyingWord(w.text));
  const meanConfidence =
    counted.length === 0
      ? null
      : counted.reduce((sum, w) => sum + w.confidence, 0) / counted.length;
  const pageClass: OcrClass =
    counted.length < thresholds.minWords
      ? "picture"
      : (meanConfidence as number) >= thresholds.minConfidence
        ? "ocr"
        : "unreadable";
  return { pageClass, words: counted.length, meanConfidence };
}
