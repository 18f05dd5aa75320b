import { groupBy } from "../group-by.js";
import type { codingTables } from "../store/index.js";
import { seededRandom } from "../stats/index.js";

/** A mention as a sample sees it: its id and its stratum (plan and concept), as the store records it. */
export type SampleUnit = codingTables.SampledMention;

/** One stratum of a sample: its plan and concept, the mentions it holds and how many were drawn. */
export type Stratum = {
  readonly plan: string;
  readonly concept: string;
  readonly population: number;
  readonly drawn: number;
};

/** A sample drawn: its mentions (sorted by plan, concept and id) and each stratum's share of it. */
export type DrawnSample = {
  readonly mentions: readonly SampleUnit[];
  readonly strata: readonly Stratum[];
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How many of `size` each stratum gets, in proportion to its mentions (Hamilton's largest remainders, so the
 * quotas sum to `size`); ties between equal remainders are broken by `random`, not by name, so no plan is
 * favoured by where it sorts.
 */
function allocate(
  populations: readonly number[],
  size: number,
  random: () => number,
): number[] {
  const total = populations.reduce((s, n) => s + n, 0);
  const exact = populations.map((n) => (total === 0 ? 0 : (size * n) / total));
  const quotas = exact.map(Math.floor);
  const left = size - quotas.reduce((s, q) => s + q, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x), tie: random() }))
    .sort((a, b) => b.rest - a.rest || a.tie - b.tie);
  for (const { i } of order.slice(0, left)) quotas[i] = (quotas[i] ?? 0) + 1;
  return quotas;
}

/** `count` of `units` chosen uniformly at random: the first `count` places of a Fisher-Yates shuffle. */
function choose<T>(units: readonly T[], count: number, random: () => number) {
  const pool = [...units];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

/**
 * A stratified random sample of `size` mentions (at most all of them), the strata being plan x concept, each
 * given its proportional share (so the sample weighs every plan and concept as the corpus does). The same units
 * and seed give the same sample whatever order the units come in: they are sorted first, and one seeded stream
 * draws the allocation's ties, then each stratum's mentions in stratum order.
 */
export function drawSample(
  units: readonly SampleUnit[],
  size: number,
  seed: number,
): DrawnSample {
  const sorted = [...units].sort(
    (a, b) =>
      compare(a.plan, b.plan) ||
      compare(a.concept, b.concept) ||
      compare(a.mentionId, b.mentionId),
  );
  const strata = [
    ...groupBy(sorted, (u) => `${u.plan}\u0000${u.concept}`).values(),
  ];
  const random = seededRandom(seed);
  const quotas = allocate(
    strata.map((s) => s.length),
    Math.max(0, Math.min(Math.floor(size), sorted.length)),
    random,
  );
  const drawn = strata.map((s, i) => choose(s, quotas[i] ?? 0, random));
  const chosen = new Set(drawn.flat());
  return {
    mentions: sorted.filter((u) => chosen.has(u)),
    strata: strata.map((s, i) => ({
      plan: s[0]?.plan ?? "",
      concept: s[0]?.concept ?? "",
      population: s.length,
      drawn: quotas[i] ?? 0,
    })),
  };
}

/** The sample size a share asks for: at least the share (rounded up), never more than the population. */
export const sizeForShare = (share: number, population: number): number =>
  Math.min(population, Math.ceil(share * population - 1e-9));
