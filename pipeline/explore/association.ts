/**
 * Collocation statistics from the 2x2 contingency table of a node's windows against the corpus, the way corpus
 * tools compute them (Evert, "The Statistics of Word Cooccurrences", 2004, and www.collocations.de; AntConc 4's
 * collocate "Effect" (MI) and "Likelihood" (log-likelihood) follow these standard forms: L. Anthony on the
 * AntConc list, 12 May 2022, citing A. Hardie's notes; AntConc 4 Help, build 4.2.4):
 *
 *   O11 = times the collocate stands in the node's windows      R1 = tokens in the windows
 *   C1  = times the collocate stands in the corpus              N  = tokens in the corpus
 *   O12 = R1 - O11,  O21 = C1 - O11,  O22 = N - R1 - C1 + O11;  Eij = Ri * Cj / N
 *   MI  = log2(O11 / E11)                                      (Church & Hanks 1990)
 *   LL  = 2 * sum over the four cells of Oij * ln(Oij / Eij)    (Dunning 1993; a cell with Oij = 0 adds 0)
 */
export type Association = {
  readonly o11: number;
  readonly r1: number;
  readonly c1: number;
  readonly n: number;
};

const cell = (o: number, e: number) =>
  o > 0 && e > 0 ? o * Math.log(o / e) : 0;

/** Mutual information, log2(O11 / E11). */
export function mutualInformation(a: Association): number {
  return Math.log2(a.o11 / ((a.r1 * a.c1) / a.n));
}

/** Log-likelihood (G²) of the contingency table. */
export function logLikelihood(a: Association): number {
  const r2 = a.n - a.r1;
  const c2 = a.n - a.c1;
  const o12 = a.r1 - a.o11;
  const o21 = a.c1 - a.o11;
  const o22 = a.n - a.r1 - a.c1 + a.o11;
  return (
    2 *
    (cell(a.o11, (a.r1 * a.c1) / a.n) +
      cell(o12, (a.r1 * c2) / a.n) +
      cell(o21, (r2 * a.c1) / a.n) +
      cell(o22, (r2 * c2) / a.n))
  );
}
