/** How two auditors' verdicts compare on the mentions both judged. */
export type Agreement = {
  readonly both: number;
  readonly agreed: number;
  /** agreed / both, 0-1; null when they judged nothing in common. */
  readonly observed: number | null;
  /** Cohen's kappa; null when undefined (nothing in common, or chance agreement is 1). */
  readonly kappa: number | null;
  /** Kappa's 95% interval, clipped to [-1, 1]; null with kappa. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  readonly disagreements: readonly {
    readonly mentionId: string;
    readonly a: string;
    readonly b: string;
  }[];
};

/** The normal quantile of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * Cohen's kappa of paired codings (first rater, second rater) over any set of categories, and its 95% interval;
 * nulls when undefined (no pairs, or chance agreement 1). Kappa is (po - pe) / (1 - pe), where po is the share of
 * pairs in the same category and pe sums, per category, the product of the two raters' marginal proportions. The
 * interval is kappa ± 1.96 SE, clipped to [-1, 1], with the large-sample variance of Fleiss, Cohen & Everitt
 * (1969, "Large sample standard errors of kappa and weighted kappa", Psychological Bulletin 72:323-327; Fleiss,
 * Levin & Paik 2003, eq. 18.13), which does not assume kappa is 0; rows are the first rater, columns the second:
 *   Var = [ Σi pii (1 - (pi. + p.i)(1 - k))² + (1 - k)² Σi≠j pij (p.i + pj.)² - (k - pe (1 - k))² ] / (n (1 - pe)²)
 */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): {
  readonly kappa: number | null;
  readonly interval: Agreement["interval"];
} {
  const n = pairs.length;
  const share = (keep: (p: readonly [string, string]) => boolean) =>
    pairs.filter(keep).length / n;
  const cell = (i: string, j: string) => share(([x, y]) => x === i && y === j);
  const row = (i: string) => share(([x]) => x === i);
  const column = (j: string) => share(([, y]) => y === j);
  const categories = [...new Set(pairs.flat())].sort();
  const po = share(([x, y]) => x === y);
  const pe = categories.reduce((sum, c) => sum + row(c) * column(c), 0);
  if (n === 0 || pe === 1) return { kappa: null, interval: null };
  const kappa = (po - pe) / (1 - pe);
  let diagonal = 0;
  let offDiagonal = 0;
  for (const i of categories)
    for (const j of categories)
      if (i === j)
        diagonal += cell(i, i) * (1 - (row(i) + column(i)) * (1 - kappa)) ** 2;
      else offDiagonal += cell(i, j) * (column(i) + row(j)) ** 2;
  const variance =
    (diagonal +
      (1 - kappa) ** 2 * offDiagonal -
      (kappa - pe * (1 - kappa)) ** 2) /
    (n * (1 - pe) ** 2);
  const half = Z95 * Math.sqrt(Math.max(0, variance));
  return {
    kappa,
    interval: {
      low: Math.max(-1, kappa - half),
      high: Math.min(1, kappa + half),
    },
  };
}

/** How two raters' codings compare on the mentions both coded, over any set of categories (see cohensKappa). */
export function compareAuditors(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
): Agreement {
  const common = [...a.keys()].filter((id) => b.has(id)).sort();
  const pairs = common.map((id) => [a.get(id) ?? "", b.get(id) ?? ""] as const);
  const disagreements = common
    .map((mentionId, i) => ({
      mentionId,
      a: pairs[i]?.[0] ?? "",
      b: pairs[i]?.[1] ?? "",
    }))
    .filter((d) => d.a !== d.b);
  const both = common.length;
  const agreed = both - disagreements.length;
  return {
    both,
    agreed,
    observed: both === 0 ? null : agreed / both,
    ...cohensKappa(pairs),
    disagreements,
  };
}
