/** How two auditors' verdicts compare on the mentions both judged. */
export type Agreement = {
  readonly both: number;
  readonly agreed: number;
  /** agreed / both, 0-1; null when they judged nothing in common. */
  readonly observed: number | null;
  /** Cohen's kappa; null when undefined (nothing in common, or chance agreement is 1). */
  readonly kappa: number | null;
  readonly disagreements: readonly {
    readonly mentionId: string;
    readonly a: string;
    readonly b: string;
  }[];
};

/**
 * Cohen's kappa for two raters over two categories (accepted, rejected): (po - pe) / (1 - pe), where pe sums,
 * per category, the product of the two raters' marginal proportions.
 */
export function compareAuditors(
  a: ReadonlyMap<string, "accepted" | "rejected">,
  b: ReadonlyMap<string, "accepted" | "rejected">,
): Agreement {
  const common = [...a.keys()].filter((id) => b.has(id)).sort();
  const n = common.length;
  const disagreements = common
    .filter((id) => a.get(id) !== b.get(id))
    .map((id) => ({
      mentionId: id,
      a: a.get(id) as string,
      b: b.get(id) as string,
    }));
  const agreed = n - disagreements.length;
  if (n === 0)
    return { both: 0, agreed: 0, observed: null, kappa: null, disagreements };
  const share = (m: ReadonlyMap<string, string>, v: string) =>
    common.filter((id) => m.get(id) === v).length / n;
  const pe =
    share(a, "accepted") * share(b, "accepted") +
    share(a, "rejected") * share(b, "rejected");
  const po = agreed / n;
  return {
    both: n,
    agreed,
    observed: po,
    kappa: pe === 1 ? null : (po - pe) / (1 - pe),
    disagreements,
  };
}
