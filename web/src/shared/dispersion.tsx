import type { JSX } from "preact";

/** A place along a document: its page (1-based), where on the page (0-1), what it says, where it opens. */
export type Tick = {
  readonly page: number;
  readonly along: number;
  readonly label: string;
  readonly href: string;
};

/** One document's strip of the plot. */
export type Strip = {
  readonly label: string;
  readonly document: string;
  /** Pages of the document (at least 1). */
  readonly pages: number;
  readonly ticks: readonly Tick[];
};

/** Where a place stands along its document, 0 (start of page 1) to 1 (end of the last page). */
export const positionOf = (
  page: number,
  along: number,
  pages: number,
): number =>
  Math.min(
    1,
    Math.max(
      0,
      (page - 1 + Math.min(1, Math.max(0, along))) / Math.max(1, pages),
    ),
  );

const LABEL = 320;
/** The longest label drawn whole in LABEL's width; a longer one loses its middle. */
const LABEL_CHARS = 48;

/**
 * A label of at most `max` characters: a longer one keeps its start (the plan) and its end (the file's name and
 * extension) and loses its middle, so two documents of one plan still read apart; the whole is the tooltip.
 */
export function shortLabel(label: string, max = LABEL_CHARS): string {
  if (label.length <= max) return label;
  const head = Math.ceil((max - 1) / 2);
  return `${label.slice(0, head)}…${label.slice(label.length - (max - 1 - head))}`;
}
const PLOT = 560;
const ROW = 22;

/**
 * A dispersion plot as inline SVG, after AntConc's Plot tool (and the report's plot): a strip per document, its
 * width the whole document, a mark per place that opens its page; faint lines at page boundaries. Each mark is a
 * link, so Tab reaches it and Enter opens the page.
 */
export function DispersionPlot(props: {
  readonly strips: readonly Strip[];
  readonly title: string;
  readonly id?: string;
}): JSX.Element {
  const { strips } = props;
  const height = 22 + strips.length * ROW;
  return (
    <svg
      id={props.id}
      class="dispersion"
      role="group"
      aria-label={props.title}
      viewBox={`0 0 ${LABEL + PLOT + 50} ${height}`}
      width={LABEL + PLOT + 50}
      height={height}
    >
      <text x={LABEL} y={14} class="axis">
        start of document
      </text>
      <text x={LABEL + PLOT} y={14} text-anchor="end" class="axis">
        end
      </text>
      {strips.map((s, i) => {
        const y = 20 + i * ROW;
        const pages = Math.max(1, s.pages);
        return (
          <g
            key={s.document}
            data-document={s.document}
            data-ticks={s.ticks.length}
          >
            <text x={LABEL - 6} y={y + 14} text-anchor="end" class="axis">
              <title>{s.document}</title>
              {shortLabel(s.label)}
            </text>
            <rect
              x={LABEL}
              y={y + 2}
              width={PLOT}
              height={ROW - 4}
              class="doc"
            />
            {pages > 1 &&
              pages <= 200 &&
              Array.from({ length: pages - 1 }, (_, k) => {
                const x = LABEL + ((k + 1) / pages) * PLOT;
                return (
                  <line
                    key={k}
                    x1={x}
                    x2={x}
                    y1={y + 4}
                    y2={y + ROW - 4}
                    class="pagebound"
                  />
                );
              })}
            {s.ticks.map((t, k) => {
              const x = LABEL + positionOf(t.page, t.along, pages) * PLOT;
              return (
                <a key={k} href={t.href} aria-label={t.label} class="tick">
                  <title>{t.label}</title>
                  <rect
                    x={x - 3}
                    y={y}
                    width={6}
                    height={ROW}
                    class="tick-hit"
                  />
                  <line x1={x} x2={x} y1={y + 1} y2={y + ROW - 1} />
                </a>
              );
            })}
            <text x={LABEL + PLOT + 6} y={y + 14} class="axis">
              {s.ticks.length}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
