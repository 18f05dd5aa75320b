import { escapeHtml } from "./escape.js";

/** One bar group of the chart. */
export type ChartPlan = {
  readonly plan: string;
  /** The plan's name from the manifest; the label shows it with the id. */
  readonly name?: string;
  readonly region: string;
  readonly headline: number;
  readonly related: number;
  /** Whether the plan mentions social value; null when it is reported apart (stats/ decides that). */
  readonly mentions: boolean | null;
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

const WIDTH = 900;
/** Plan labels start at x = 0 (so none is ever cut at the left edge) and wrap within this width. */
const LABEL_WIDTH = 320;
const LABEL_PX = 11; // svg .label in report-assets.ts
const LINE = 13;
const BAR = 13;

/**
 * A generous width of `text` at the label size, so that wrapped lines fit the label column in any sans-serif
 * font a reader has (DejaVu Sans, the widest common one, stays under these shares of an em).
 */
export function labelWidth(text: string): number {
  let em = 0;
  for (const ch of text)
    em += /[mwMW@]/.test(ch)
      ? 0.95
      : /[A-Z0-9&]/.test(ch)
        ? 0.75
        : /[-,.'() ilj|]/.test(ch)
          ? 0.4
          : 0.64;
  return em * LABEL_PX;
}

/**
 * Splits a label into lines no wider than `maxWidth`: after hyphens and spaces where it can, inside a word only
 * when one word alone is too wide.
 */
export function wrapLabel(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.match(/[^-\s]*[-\s]*/g) ?? []) {
    if (word === "") continue;
    if (line !== "" && labelWidth(line + word.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = "";
    }
    for (const ch of word) {
      if (line !== "" && labelWidth(line + ch) > maxWidth) {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/** The region legend, flowing onto more lines when the regions do not fit one: its markup and height. */
function renderLegend(
  regions: readonly string[],
  colour: ReadonlyMap<string, string>,
  top: number,
): { svg: string; bottom: number } {
  let x = 0;
  let y = top;
  const items = regions.map((r) => {
    const width = 16 + labelWidth(r) + 14;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      y += LINE + 4;
    }
    const item = `<rect x="${x}" y="${y}" width="12" height="12" fill="${colour.get(r)}"/><text x="${x + 16}" y="${y + 10}" class="label">${escapeHtml(r)}</text>`;
    x += width;
    return item;
  });
  return { svg: items.join(""), bottom: y + LINE + 8 };
}

/** "Alder Vale (alder-vale)", or the id alone when the manifest gives no other name. */
const planLabel = (p: ChartPlan) =>
  p.name === undefined || p.name === "" || p.name === p.plan
    ? p.plan
    : `${p.name} (${p.plan})`;

/** The heading row of a region's plans: its colour and its name, so the region is never told by colour alone. */
function regionHeading(region: string, colour: string, top: number): string {
  return `<g class="region"><rect x="0" y="${top + 3}" width="10" height="10" fill="${colour}"/><text x="14" y="${top + 12}" class="label region">Region: ${escapeHtml(region)}</text></g>`;
}

/**
 * Mentions per plan as an inline SVG: plans grouped by region, one row each, a solid bar for headline
 * mentions and a lighter one for related mentions; a plan reported apart (a document could not be read, so its
 * counts are partial) is drawn hatched grey and labelled "apart". Long plan labels wrap. Text is escaped;
 * nothing is loaded from outside.
 */
export function renderChart(plans: readonly ChartPlan[]): string {
  const regionOf = (p: ChartPlan) => p.region || "(no region)";
  const regions = [...new Set(plans.map(regionOf))].sort();
  const colour = new Map(
    regions.map((r, i) => [r, PALETTE[i % PALETTE.length] as string]),
  );
  const sorted = [...plans].sort(
    (a, b) =>
      regionOf(a).localeCompare(regionOf(b)) || a.plan.localeCompare(b.plan),
  );
  const max = Math.max(1, ...sorted.map((p) => p.headline + p.related));
  const valueOf = (p: ChartPlan) =>
    `${p.headline} + ${p.related}${p.mentions === null ? " (apart)" : ""}`;
  // Room right of the longest bar for its count (set at 10px, svg .value).
  const room = Math.max(40, ...sorted.map((p) => labelWidth(valueOf(p)))) + 16;
  const scale = (WIDTH - LABEL_WIDTH - room) / max;
  const legend = renderLegend(regions, colour, LINE + 6);
  let y = legend.bottom;
  const rows = sorted.map((p, i) => {
    const region = regionOf(p);
    const heading =
      i === 0 || regionOf(sorted[i - 1] as ChartPlan) !== region
        ? regionHeading(region, colour.get(region) as string, y)
        : "";
    if (heading !== "") y += LINE + 6;
    const isApart = p.mentions === null;
    const lines = wrapLabel(
      isApart ? `${planLabel(p)} (apart)` : planLabel(p),
      LABEL_WIDTH - 12,
    );
    const height = Math.max(BAR + 5, lines.length * LINE + 5);
    const top = y;
    y += height;
    const fill = isApart
      ? "url(#chart-apart)"
      : (colour.get(regionOf(p)) as string);
    const h = p.headline * scale;
    // A plan reported apart keeps a visible mark even with no mentions read.
    const r = isApart
      ? Math.max(p.related * scale, h > 0 ? 0 : 8)
      : p.related * scale;
    const label = lines
      .map(
        (l, i) =>
          `<tspan x="0" dy="${i === 0 ? 0 : LINE}">${escapeHtml(l)}</tspan>`,
      )
      .join("");
    const title = `${escapeHtml(planLabel(p))}, ${escapeHtml(region)}${isApart ? " (reported apart: a document could not be read)" : ""}`;
    return [
      heading,
      `<g class="plan${isApart ? " apart" : ""}" data-plan="${escapeHtml(p.plan)}">`,
      `<text y="${top + 11}" class="label">${label}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${top + 2}" width="${h.toFixed(1)}" height="${BAR}" fill="${fill}"><title>${title}: ${p.headline} headline</title></rect>`,
      `<rect x="${(LABEL_WIDTH + h).toFixed(1)}" y="${top + 2}" width="${r.toFixed(1)}" height="${BAR}" fill="${fill}" fill-opacity="${isApart ? 0.6 : 0.35}"><title>${title}: ${p.related} related</title></rect>`,
      `<text x="${(LABEL_WIDTH + h + r + 6).toFixed(1)}" y="${top + 12}" class="value">${valueOf(p)}</text>`,
      `</g>`,
    ].join("");
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Mentions per plan, headline (solid) and related (light), grouped under region headings and coloured by region; plans reported apart hatched grey" viewBox="0 0 ${WIDTH} ${y + 6}" width="100%">` +
    `<defs><pattern id="chart-apart" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d9d9d9"/><rect width="2" height="6" fill="#7a7a7a"/></pattern></defs>` +
    `<text x="0" y="${LINE}" class="label">solid: headline · light: related · hatched grey: reported apart (a document could not be read)</text>` +
    `${legend.svg}${rows.join("")}</svg>`
  );
}
