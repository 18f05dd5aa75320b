/**
 * The exact (Clopper-Pearson) interval for a proportion, `successes` of `n`, 95% by default: the p whose binomial
 * tails leave half of the rest on each side, P(X >= successes | low) = P(X <= successes | high) = (1 - level) / 2,
 * with low 0 when successes is 0 and high 1 when it is n. Exact (never too narrow), where Wilson's is only close:
 * what an elusion test reports (spec v2.1 point 5), whose counts sit at or near 0. Null when n is 0. The tails are
 * summed in logarithms and each bound found by bisection, so no beta quantile is needed.
 */
export function clopperPearson(
  successes: number,
  n: number,
  level = 0.95,
): { low: number; high: number } | null {
  if (n === 0) return null;
  const half = (1 - level) / 2;
  return {
    low:
      successes === 0
        ? 0
        : bisect((p) => binomialTail(successes, n, p, "at least") < half),
    high:
      successes === n
        ? 1
        : bisect((p) => binomialTail(successes, n, p, "at most") > half),
  };
}

/** The p in (0, 1) where `isBelow` turns from true to false (it is true for every p under it), to double precision. */
function bisect(isBelow: (p: number) => boolean): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 200 && high - low > 1e-16; i++) {
    const mid = (low + high) / 2;
    if (isBelow(mid)) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** P(X >= k) or P(X <= k) for X binomial(n, p), 0 < p < 1, each term exp(log C(n, i) + i log p + (n - i) log(1 - p)). */
function binomialTail(
  k: number,
  n: number,
  p: number,
  side: "at least" | "at most",
): number {
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logChoose = 0;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    if (side === "at least" ? i >= k : i <= k)
      sum += Math.exp(logChoose + i * logP + (n - i) * logQ);
  }
  return Math.min(1, sum);
}
