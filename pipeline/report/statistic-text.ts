import {
  describePercent,
  describeShare,
  type AuditedStatistic,
  type Figure,
  type PlanSizes,
  type ShareBasis,
} from "../stats/index.js";
import { forTerminal } from "../terminal-text.js";
import type { Statistic } from "../types.js";
import { formatTable } from "./format-table.js";

/** The per-plan table and the headline line, as `scan` and `stats` print them (the report's table, in text). */
export function renderStatistic(
  stat: Statistic,
  sizes: PlanSizes,
  basis: ShareBasis,
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
      "social value",
      "reported apart because",
    ],
    rows,
  );
  return `${table}\n\n${describeShare(stat, basis)}\n`;
}

/** "3/9 (33.3%; 95% interval ...)": a figure in a sentence. */
export const shortShare = (s: Statistic): string =>
  `${s.numerator}/${s.denominator} (${describePercent(s)})`;

/** Whether any mention has a verdict. */
const judgedAny = (a: AuditedStatistic): boolean =>
  a.counts.accepted + a.counts.rejected + a.counts.disputed > 0;

/**
 * The line under an unaudited figure: how many verdicts exist and the audited figure they give, so that an
 * unaudited figure is never taken for the audited one.
 */
function renderVerdictsLine(a: AuditedStatistic): string {
  const c = a.counts;
  const judged = c.accepted + c.rejected + c.disputed;
  if (!judgedAny(a))
    return `no verdicts yet: the figure above is unaudited (audit with stp-scan audit, or stp-scan serve in the browser)\n`;
  return (
    `${judged} of ${judged + c.pending} mentions judged (${c.accepted} accepted, ${c.rejected} rejected, ${c.disputed} disputed); ` +
    `audited: ${shortShare(a.statistic)} (stp-scan stats --audited)\n`
  );
}

/** The headline line alone (`scan --quiet`), and what the verdicts say of it once there are any. */
export const renderHeadline = (f: Figure): string =>
  forTerminal(
    `${describeShare(f.statistic, { audited: false, of: f.where })}\n${judgedAny(f.audited) ? renderVerdictsLine(f.audited) : ""}`,
  );

/** The table, the headline line and what the verdicts say of it. */
export const renderFigure = (f: Figure): string =>
  forTerminal(
    `${renderStatistic(f.statistic, f.sizes, { audited: false, of: f.where })}${renderVerdictsLine(f.audited)}`,
  );
