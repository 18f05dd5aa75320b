import type { Line } from "./lines.js";

/** Lines at each edge of a page that can be a running header or footer. */
const BAND_LINES = 2;
/** A running line recurs on at least this many pages... */
const MIN_PAGES = 3;
/** ...and on at least this share of the document's pages with text. */
const MIN_SHARE = 0.5;

/** A line as running lines are compared: case and spacing folded, every run of digits one "#" (page numbers). */
export const runningKey = (text: string) =>
  text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

/** The lines in a page's top and bottom band: the first and last lines in reading order and by height. */
function bandLines(lines: readonly Line[]): Line[] {
  const band = new Set<Line>([
    ...lines.slice(0, BAND_LINES),
    ...lines.slice(-BAND_LINES),
  ]);
  const placed = lines.filter((l) => l.y !== null);
  if (placed.length === lines.length) {
    const byHeight = [...placed].sort((a, b) => (b.y ?? 0) - (a.y ?? 0));
    for (const l of [
      ...byHeight.slice(0, BAND_LINES),
      ...byHeight.slice(-BAND_LINES),
    ])
      band.add(l);
  }
  return [...band];
}

/**
 * `running`: a line that recurs, digits folded, in the top or bottom band of at least 3 pages and half
 * of the document's pages with text. Gives, per page (0-based position in `pages`), the indexes of its running
 * lines, and the key of each (one verdict group per running line).
 */
export function findRunningLines(
  pages: readonly (readonly Line[])[],
): Map<number, Map<number, string>> {
  const pagesOf = new Map<string, Set<number>>();
  const bands = pages.map(bandLines);
  bands.forEach((band, pageIndex) => {
    for (const line of band) {
      const key = runningKey(line.text);
      if (!/[a-z#]/.test(key)) continue;
      const seen = pagesOf.get(key) ?? new Set<number>();
      seen.add(pageIndex);
      pagesOf.set(key, seen);
    }
  });
  const withText = pages.filter((p) => p.length > 0).length;
  const isRunning = (key: string) => {
    const n = pagesOf.get(key)?.size ?? 0;
    return n >= MIN_PAGES && n >= MIN_SHARE * withText;
  };
  const running = new Map<number, Map<number, string>>();
  bands.forEach((band, pageIndex) => {
    const mine = new Map<number, string>();
    for (const line of band) {
      const key = runningKey(line.text);
      if (isRunning(key)) mine.set(line.index, key);
    }
    if (mine.size > 0) running.set(pageIndex, mine);
  });
  return running;
}
