import { escapeHtml } from "./escape.js";

/** One bar group of the chart. */
export type ChartPlan = {
  readonly plan: string;
  readonly region: string;
  readonly headline: number;
  readonly related: number;
};

// Colour-blind-safe palette (Okabe-Ito), one colour per region; headline solid, related the same hue lighter.
const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#F0E442",
  "#000000",
];

/**
 * Mentions per plan as an inline SVG: plans grouped by region, one row each, a solid bar for headline
 * mentions and a lighter one for related mentions. Text is escaped; nothing is loaded from outside.
 */
export function renderChart(plans: readonly ChartPlan[]): string {
  const regions = [
    ...new Set(plans.map((p) => p.region || "(no region)")),
  ].sort();
  const colour = new Map(
    regions.map((r, i) => [r, PALETTE[i % PALETTE.length] as string]),
  );
  const sorted = [...plans].sort(
    (a, b) =>
      (a.region || "(no region)").localeCompare(b.region || "(no region)") ||
      a.plan.localeCompare(b.plan),
  );
  const max = Math.max(1, ...sorted.map((p) => p.headline + p.related));
  const row = 18;
  const label = 330;
  const width = 900;
  const scale = (width - label - 60) / max;
  const bars = sorted.map((p, i) => {
    const y = 30 + i * row;
    const c = colour.get(p.region || "(no region)") as string;
    const h = p.headline * scale;
    const r = p.related * scale;
    return [
      `<text x="${label - 8}" y="${y + 12}" text-anchor="end" class="label">${escapeHtml(p.plan)}</text>`,
      `<rect x="${label}" y="${y + 2}" width="${h.toFixed(1)}" height="${row - 5}" fill="${c}"><title>${escapeHtml(p.plan)}: ${p.headline} headline</title></rect>`,
      `<rect x="${(label + h).toFixed(1)}" y="${y + 2}" width="${r.toFixed(1)}" height="${row - 5}" fill="${c}" fill-opacity="0.35"><title>${escapeHtml(p.plan)}: ${p.related} related</title></rect>`,
      `<text x="${(label + h + r + 6).toFixed(1)}" y="${y + 12}" class="value">${p.headline} + ${p.related}</text>`,
    ].join("");
  });
  const legend = regions.map(
    (r, i) =>
      `<rect x="${label + i * 130}" y="6" width="12" height="12" fill="${colour.get(r)}"/><text x="${label + i * 130 + 16}" y="16" class="label">${escapeHtml(r)}</text>`,
  );
  const height = 40 + sorted.length * row;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Mentions per plan, headline (solid) and related (light), coloured by region" viewBox="0 0 ${width} ${height}" width="100%">` +
    `${legend.join("")}<text x="0" y="16" class="label">solid: headline · light: related</text>${bars.join("")}</svg>`
  );
}
