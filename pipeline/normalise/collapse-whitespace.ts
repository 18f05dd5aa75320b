import { NormalisedBuilder, type Normalised } from "./builder.js";

const WHITESPACE = /\s/u;

/** Spec §Normalisation 5: a run of whitespace, line breaks included, becomes one space spanning the whole run. */
export function collapseWhitespace(text: Normalised): Normalised {
  const out = new NormalisedBuilder();
  let i = 0;
  while (i < text.text.length) {
    if (!WHITESPACE.test(text.text[i] as string)) {
      out.copy(text, i);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.text.length && WHITESPACE.test(text.text[j] as string)) j++;
    out.push(" ", text.toRaw[i] as number, text.toRawEnd[j - 1] as number);
    i = j;
  }
  return out.build(text.toRaw[text.text.length] as number);
}
