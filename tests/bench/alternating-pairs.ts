// The one place make bench compares two whole runs with each other: in alternating pairs, by the median ratio.
import type { Cost } from "./timed.js";

/** What `alternatingPairs` found: each side's median cost, and the median and range of the pairs' ratios a / b. */
export type Paired = {
  readonly pairs: number;
  readonly a: Cost;
  readonly b: Cost;
  readonly wallRatio: number;
  readonly cpuRatio: number;
  /** The lowest and highest wall ratio of one pair. */
  readonly wallRange: readonly [number, number];
};

/** The median of some numbers (the mean of the middle two when there is an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Runs `a`, then `b`, `pairs` times over (a, b, a, b, ...; each a whole run that ends before the next starts), and
 * takes each ratio a / b within its pair. This VM's speed drifts within minutes by more than most changes gain
 * (tests/bench/runs/README.md), so runs minutes apart compare badly; two runs side by side in time compare well,
 * and the median pair ignores a pair that a burst of other work fell into.
 */
export function alternatingPairs(
  pairs: number,
  a: () => Cost,
  b: () => Cost,
): Paired {
  const runs = Array.from({ length: pairs }, () => ({ a: a(), b: b() }));
  const wall = runs.map((r) => r.a.seconds / r.b.seconds);
  const side = (costs: readonly Cost[]): Cost => ({
    seconds: median(costs.map((c) => c.seconds)),
    cpuSeconds: median(costs.map((c) => c.cpuSeconds)),
  });
  return {
    pairs,
    a: side(runs.map((r) => r.a)),
    b: side(runs.map((r) => r.b)),
    wallRatio: median(wall),
    cpuRatio: median(runs.map((r) => r.a.cpuSeconds / r.b.cpuSeconds)),
    wallRange: [Math.min(...wall), Math.max(...wall)],
  };
}
