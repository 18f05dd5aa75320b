import { NormalisedBuilder, type Normalised } from "./builder.js";
import { isWhitespace } from "./char-classes.js";
import {
  HYPHEN,
  lineEndHyphenEnd,
  type HyphenReading,
} from "./line-end-hyphen.js";

/**
 * Spec §Normalisation 4 and 5 in one pass over folded text:
 * - a line-end hyphen ("so-\ncial", "social-\nvalue") is read as `reading` says, on every junction of the page:
 *   "joined" drops the hyphen and the break ("social"), "compound" keeps the hyphen ("social-value");
 * - any other run of whitespace, line breaks included, becomes one space spanning the whole run.
 */
export function readHyphensAndSpaces(
  folded: Normalised,
  reading: HyphenReading,
): Normalised {
  const { text } = folded;
  const out = new NormalisedBuilder(text.length);
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === HYPHEN || isWhitespace(c)) break;
      j++;
    }
    if (j > i) out.copy(folded, i, j);
    if (j >= text.length) break;
    if (text.charCodeAt(j) === HYPHEN) {
      const resume = lineEndHyphenEnd(text, j);
      if (resume === -1 || reading === "compound") out.copy(folded, j, j + 1);
      i = resume === -1 ? j + 1 : resume;
      continue;
    }
    let k = j + 1;
    while (k < text.length && isWhitespace(text.charCodeAt(k))) k++;
    out.push(" ", folded.toRaw[j] as number, folded.toRawEnd[k - 1] as number);
    i = k;
  }
  return out.build(folded.toRaw[text.length] as number);
}
