import { NormalisedBuilder, type Normalised } from "./builder.js";

/** How spec §Normalisation 4 reads a letter, "-", a line break, a letter. */
export type HyphenReading = "joined" | "compound";

const LETTER = /\p{L}/u;
const LINE_BREAK = /[\n\r\u2028\u2029\f\v]/u;
const WHITESPACE = /\s/u;

/** Index just past the whitespace after a line-end hyphen at `dash`, or -1 when it is not one. */
function lineEndHyphenEnd(text: string, dash: number): number {
  if (dash === 0 || !LETTER.test(text[dash - 1] as string)) return -1;
  let j = dash + 1;
  let hasBreak = false;
  while (j < text.length && WHITESPACE.test(text[j] as string)) {
    if (LINE_BREAK.test(text[j] as string)) hasBreak = true;
    j++;
  }
  return hasBreak && j < text.length && LETTER.test(text[j] as string) ? j : -1;
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

/**
 * Spec §Normalisation 4, applied to every junction of the page: "joined" drops the hyphen and the line break
 * ("so-\ncial" → "social"), "compound" keeps the hyphen and drops the break ("social-\nvalue" → "social-value").
 */
export function readLineEndHyphens(
  text: Normalised,
  reading: HyphenReading,
): Normalised {
  const out = new NormalisedBuilder();
  let i = 0;
  while (i < text.text.length) {
    const resume = text.text[i] === "-" ? lineEndHyphenEnd(text.text, i) : -1;
    if (resume === -1) {
      out.copy(text, i);
      i++;
      continue;
    }
    if (reading === "compound") out.copy(text, i);
    i = resume;
  }
  return out.build(text.toRaw[text.text.length] as number);
}
