import { describeShare } from "../stats/index.js";
import type { Statistic } from "../types.js";
import { formatTable } from "../report/index.js";

/** The per-plan table and the headline line, as `scan` and `stats` print them (the report's table, in text). */
export function renderStatistic(
  stat: Statistic,
  sizes: ReadonlyMap<string, { documents: number; pages: number }>,
): string {
  const apart = new Map(stat.reportedApart.map((a) => [a.plan, a.reasons]));
  const rows = stat.plans.map((p) => [
    p.plan,
    p.region,
    sizes.get(p.plan)?.documents ?? 0,
    sizes.get(p.plan)?.pages ?? 0,
    p.headline,
    p.related,
    p.mentions === null ? "apart" : p.mentions ? "yes" : "no",
    (apart.get(p.plan) ?? []).join("; "),
  ]);
  const table = formatTable(
    [
      "plan",
      "region",
      "docs",
      "pages",
      "headline",
      "related",
      "mentions",
      "reported apart because",
    ],
    rows,
  );
  return `${table}\n\n${describeShare(stat)}\n`;
}
