import { logLikelihood } from "./association.js";

/** How often a word or phrase stands in the target and in the reference, and how many words each holds. */
export type KeynessCounts = {
  readonly targetCount: number;
  readonly targetWords: number;
  readonly referenceCount: number;
  readonly referenceWords: number;
};

/**
 * Keyness of a word or phrase in the target against the reference: the log-likelihood G2 of the 2x2 table
 * (target or reference, this phrase or another word; Dunning 1993, association.ts), positive when its rate in
 * the target is higher than in the reference, negative when lower. That sign is how AntConc's keyword list marks
 * "negative" keywords (L. Anthony on the AntConc list, 21 Mar 2017) and how quanteda's
 * textstat_keyness(measure = "lr", correction = "none") signs G2. AntConc takes G2 from the UCREL calculator,
 * which sums only the phrase's two cells and so reads a little lower (22.14 for 10 in 100 against 10 in 1000,
 * where the four cells give 22.91); quanteda's default adds Williams's correction.
 */
export function signedKeyness(k: KeynessCounts): number {
  const g2 = logLikelihood({
    o11: k.targetCount,
    r1: k.targetWords,
    c1: k.targetCount + k.referenceCount,
    n: k.targetWords + k.referenceWords,
  });
  // Cross-multiplied rates, so an empty target or reference needs no division.
  const isHigher =
    k.targetCount * k.referenceWords > k.referenceCount * k.targetWords;
  return isHigher ? g2 : -g2;
}
