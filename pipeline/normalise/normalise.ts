import type { Normalised } from "./builder.js";
import { collapseWhitespace } from "./collapse-whitespace.js";
import { foldCharacters } from "./fold-characters.js";
import {
  hasLineEndHyphen,
  readLineEndHyphens,
  type HyphenReading,
} from "./line-end-hyphen.js";

/** Spec §Normalisation 1-5 with one reading of line-end hyphens; offsets map back to `raw`. */
export function normalise(
  raw: string,
  reading: HyphenReading = "joined",
): Normalised {
  return collapseWhitespace(readLineEndHyphens(foldCharacters(raw), reading));
}

/**
 * Every reading of the page that spec §Normalisation 4 asks to try: one when the page has no line-end hyphen,
 * else the joined and the compound reading.
 */
export function normaliseReadings(raw: string): Normalised[] {
  const folded = foldCharacters(raw);
  if (!hasLineEndHyphen(folded)) return [collapseWhitespace(folded)];
  return (["joined", "compound"] as const).map((r) =>
    collapseWhitespace(readLineEndHyphens(folded, r)),
  );
}
