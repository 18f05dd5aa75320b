import type { Normalised } from "./builder.js";
import { readHyphensAndSpaces } from "./hyphens-and-spaces.js";
import { foldCharacters } from "./fold-characters.js";
import { hasLineEndHyphen, type HyphenReading } from "./line-end-hyphen.js";

/** Spec §Normalisation 1-5 with one reading of line-end hyphens; offsets map back to `raw`. */
export function normalise(
  raw: string,
  reading: HyphenReading = "joined",
): Normalised {
  return readHyphensAndSpaces(foldCharacters(raw), reading);
}

/**
 * Every reading of the page that spec §Normalisation 4 asks to try: one when the page has no line-end hyphen,
 * else the joined and the compound reading.
 */
export function normaliseReadings(raw: string): Normalised[] {
  return [...eachReading(raw)];
}

/**
 * The readings of normaliseReadings one at a time, each made only when asked for (the joined one first).
 * `offsets` false: their text alone, with empty toRaw and toRawEnd, for a caller that asks only whether a term
 * occurs (see NormalisedBuilder).
 */
export function* eachReading(
  raw: string,
  options: { readonly offsets?: boolean } = {},
): Generator<Normalised> {
  const offsets = options.offsets ?? true;
  const folded = foldCharacters(raw, offsets);
  yield readHyphensAndSpaces(folded, "joined", offsets);
  if (hasLineEndHyphen(folded))
    yield readHyphensAndSpaces(folded, "compound", offsets);
}

/**
 * Text as a person searches it in a spreadsheet: spec §Normalisation with line-end hyphens joined, trimmed. So
 * "beneﬁt" reads "benefit" and "so-\ncial value" reads "social value"; case is kept.
 */
export const readableText = (raw: string): string => normalise(raw).text.trim();
