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
 * `offsets` false: the text alone, from a folded text made without offsets (see NormalisedBuilder).
 */
export function readHyphensAndSpaces(
  folded: Normalised,
  reading: HyphenReading,
  offsets = true,
): Normalised {
  const { text } = folded;
  const out = new NormalisedBuilder(text.length, offsets);
  // Text that stays as it is (words, a single space between them, hyphens inside lines) is copied in stretches
  // as long as possible: copying word by word made this the slowest step of matching.
  let stretch = 0;
  let i = 0;
  const junctions: number[] = [];
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === HYPHEN) {
      const resume = lineEndHyphenEnd(text, i);
      if (resume === -1) {
        i++;
        continue;
      }
      out.copy(folded, stretch, reading === "compound" ? i + 1 : i);
      if (reading === "compound") junctions.push(out.written - 1);
      i = stretch = resume;
      continue;
    }
    if (!isWhitespace(c)) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < text.length && isWhitespace(text.charCodeAt(k))) k++;
    if (c === 0x20 && k === i + 1) {
      i = k;
      continue;
    }
    out.copy(folded, stretch, i);
    out.push(" ", folded.toRaw[i] as number, folded.toRawEnd[k - 1] as number);
    i = stretch = k;
  }
  out.copy(folded, stretch, text.length);
  return out.build(
    folded.toRaw[text.length] as number,
    reading === "compound" ? junctions : undefined,
  );
}
