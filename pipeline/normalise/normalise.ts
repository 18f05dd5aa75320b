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
  const folded = foldCharacters(raw);
  if (!hasLineEndHyphen(folded))
    return [readHyphensAndSpaces(folded, "joined")];
  return (["joined", "compound"] as const).map((r) =>
    readHyphensAndSpaces(folded, r),
  );
}
