import { escapeHtml as e } from "./escape.js";

/** One document's strip: where along it each place (mention or search hit) falls. */
export type DispersionStrip = {
  readonly plan: string;
  readonly document: string;
  /** Pages of the document (at least 1). */
  readonly pages: number;
  readonly ticks: readonly {
    /** 1-based page number. */
    readonly page: number;
    /** Offset of the place on its page as a fraction of the page text, 0-1. */
    readonly along: number;
    readonly label: string;
  }[];
};

/** A label that fits the label column (about 60 characters): the end is kept, where file names differ. */
const shorten = (text: string) =>
  text.length <= 60 ? text : `…${text.slice(text.length - 59)}`;

/** Where a place stands along its document, 0 (start of page 1) to 1 (end of the last page). */
export const positionInDocument = (
  page: number,
  along: number,
  pages: number,
) =>
  Math.min(
    1,
    Math.max(
      0,
      (page - 1 + Math.min(1, Math.max(0, along))) / Math.max(1, pages),
    ),
  );

/**
 * A concordance (dispersion) plot as inline SVG, after AntConc's Plot tool and quanteda's textplot_xray: one
 * strip per document, its width the whole document, a tick per place at its page and offset; faint marks at page
 * boundaries. `title` labels it for screen readers. Text is escaped; nothing is loaded from outside.
 */
export function renderDispersionPlot(
  strips: readonly DispersionStrip[],
  title: string,
): string {
  const label = 330;
  const width = 900;
  const row = 20;
  const plot = width - label - 60;
  const body = strips.map((s, i) => {
    const y = 28 + i * row;
    const pages = Math.max(1, s.pages);
    const bounds =
      pages > 1 && pages <= 200
        ? Array.from({ length: pages - 1 }, (_, k) => {
            const x = label + ((k + 1) / pages) * plot;
            return `<line x1="${x.toFixed(1)}" y1="${y + 3}" x2="${x.toFixed(1)}" y2="${y + row - 3}" class="page"/>`;
          }).join("")
        : "";
    const ticks = s.ticks
      .map((t) => {
        const x = label + positionInDocument(t.page, t.along, pages) * plot;
        return `<line x1="${x.toFixed(1)}" y1="${y + 1}" x2="${x.toFixed(1)}" y2="${y + row - 1}" class="tick"><title>${e(t.label)}</title></line>`;
      })
      .join("");
    return [
      `<g class="strip" data-document="${e(s.document)}" data-ticks="${s.ticks.length}">`,
      `<text x="${label - 8}" y="${y + 14}" text-anchor="end" class="label">${e(shorten(`${s.plan} / ${s.document.split("/").pop() ?? s.document}`))}</text>`,
      `<rect x="${label}" y="${y + 2}" width="${plot}" height="${row - 4}" class="doc"/>`,
      bounds,
      ticks,
      `<text x="${label + plot + 6}" y="${y + 14}" class="value">${s.ticks.length}</text>`,
      `</g>`,
    ].join("");
  });
  const height = 36 + strips.length * row;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="100%" class="dispersion">` +
    // An inline <style> in HTML applies to the whole page, so every rule is scoped to this plot: an unscoped
    // `.label` once restyled the report's bar chart labels.
    `<style>svg.dispersion .doc{fill:#f4f4f4;stroke:#999;stroke-width:0.5}svg.dispersion .page{stroke:#ddd;stroke-width:0.5}svg.dispersion .tick{stroke:#0072B2;stroke-width:1.5}svg.dispersion .label,svg.dispersion .value{font:11px sans-serif;fill:#333}</style>` +
    `<text x="${label}" y="16" class="label">start of document</text><text x="${label + plot}" y="16" text-anchor="end" class="label">end</text>` +
    `${body.join("")}</svg>`
  );
}
