import type { Normalised } from "./builder.js";
import { isLetter, isLineBreak, isWhitespace } from "./char-classes.js";

/** How spec §Normalisation 4 reads a letter, "-", a line break, a letter. */
export type HyphenReading = "joined" | "compound";

/** "-", which every dash has become by now (spec §Normalisation 3). */
export const HYPHEN = 0x2d;

/** Index just past the whitespace after a line-end hyphen at `dash`, or -1 when it is not one. */
export function lineEndHyphenEnd(text: string, dash: number): number {
  if (dash === 0 || !isLetter(text, dash - 1)) return -1;
  let j = dash + 1;
  let hasBreak = false;
  while (j < text.length && isWhitespace(text.charCodeAt(j))) {
    if (isLineBreak(text.charCodeAt(j))) hasBreak = true;
    j++;
  }
  return hasBreak && j < text.length && isLetter(text, j) ? j : -1;
}

/** True when the text holds at least one line-end hyphen, so the two readings differ. */
export function hasLineEndHyphen(text: Normalised): boolean {
  for (
    let i = text.text.indexOf("-");
    i !== -1;
    i = text.text.indexOf("-", i + 1)
  ) {
    if (lineEndHyphenEnd(text.text, i) !== -1) return true;
  }
  return false;
}
