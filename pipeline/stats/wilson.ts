/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion (successes of n), 95% by default: better than the normal
 * approximation for small n and shares near 0, which is exactly this statistic (a few plans of ~40).
 * Null when n is 0.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  z = Z95,
): { low: number; high: number } | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half =
    (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
