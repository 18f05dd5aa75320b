import type { JSX } from "preact";
import type { StatisticReportJson } from "../../../pipeline/serve/api-types.js";
import { href } from "../shell/route.js";
import { percent } from "../shared/format.js";

/** One bar: a region's fully read plans and how many of them mention social value. */
export type RegionBar = {
  readonly region: string;
  readonly yes: number;
  readonly counted: number;
};

/** The regions of the statistic's plans, in the order they first appear; plans reported apart are left out. */
export function regionBars(figure: StatisticReportJson): RegionBar[] {
  const bars = new Map<string, { yes: number; counted: number }>();
  for (const p of figure.plans) {
    if (p.mentions === null) continue;
    const region = p.region === "" ? "(no region)" : p.region;
    const bar = bars.get(region) ?? { yes: 0, counted: 0 };
    bar.counted += 1;
    if (p.mentions) bar.yes += 1;
    bars.set(region, bar);
  }
  return [...bars].map(([region, b]) => ({ region, ...b }));
}

const ROW = 30;
const LABEL = 170;
const PLOT = 420;

/**
 * A bar per region, its length the share of the region's fully read plans that mention social value, as inline
 * SVG. Each bar is a link to those plans in the plans table; the figures are written beside it, not told by
 * length alone.
 */
export function RegionChart({
  figure,
}: {
  readonly figure: StatisticReportJson;
}): JSX.Element {
  const bars = regionBars(figure);
  const height = bars.length * ROW + 8;
  return (
    <svg
      class="chart"
      role="group"
      aria-label="Share of fully read plans that mention social value, by region"
      viewBox={`0 0 ${LABEL + PLOT + 150} ${height}`}
      width={LABEL + PLOT + 150}
      height={height}
    >
      {bars.map((b, i) => {
        const y = 4 + i * ROW;
        const share = b.counted === 0 ? 0 : b.yes / b.counted;
        return (
          <a key={b.region} href={href.plans({ region: b.region })}>
            <title>{`${b.region}: ${b.yes} of ${b.counted} fully read plans mention social value; show the region's plans`}</title>
            <text
              x={LABEL - 8}
              y={y + 17}
              text-anchor="end"
              class="chart-label"
            >
              {b.region}
            </text>
            <rect
              x={LABEL}
              y={y + 3}
              width={PLOT}
              height={ROW - 10}
              class="chart-track"
            />
            <rect
              x={LABEL}
              y={y + 3}
              width={Math.max(1, share * PLOT)}
              height={ROW - 10}
              class="chart-bar"
            />
            <text x={LABEL + PLOT + 8} y={y + 17} class="chart-value">
              {`${b.yes} of ${b.counted} (${percent(share)})`}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
