import type { TextBox } from "../types.js";
import { isOcrBox, type Line } from "./lines.js";

/** Where a line stands by its own shape (the document-level locations are decided in sections.ts). */
export type LineKind =
  "heading" | "caption" | "table" | "footnote" | "list" | "body";

/** What a line is judged against: the document's body text size and whether it is set in capitals throughout. */
export type DocumentShape = {
  /** The size most of the document's characters are set in; null when no box is stored. */
  readonly bodySize: number | null;
  /** True when most lines are in capitals, so capitals say nothing about headings. */
  readonly isAllCaps: boolean;
};

/** A heading is set this much larger than the body text. */
const HEADING_RATIO = 1.12;
/** A footnote is set this much smaller. */
const FOOTNOTE_RATIO = 0.92;
/** A gap between two items of a line wider than this many font sizes separates table cells (a space is ~0.3). */
const CELL_GAP_EMS = 0.5;

const BULLET =
  /^([\u2022\u25E6\u25AA\u25AB\u2023\u2043\u25CF\u25CB\u25A0\u25A1\u2013\u2014\u2219\u00B7*-]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s/u;
const CAPTION =
  /^(figure|fig\.|table|chart|exhibit|box|graph|diagram|map|illustration)\s+[0-9]+[a-z]?(\.[0-9]+)*\s*([:.\u2013\u2014-]|$)/iu;
const FOOTNOTE_MARKER = /^([0-9]{1,3}|[*\u2020\u2021\u00A7])\s?[A-Z(]/u;

/** In capitals: no lower-case letter, and at least four capitals (so "2017/18" or "A" are not). */
export const isCaps = (text: string) =>
  !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
/** Words of a line whose whitespace is already collapsed. */
const words = (text: string) => {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
};

/** A heading: larger than the body text, or in capitals on its own line, and short. */
export function isHeading(line: Line, shape: DocumentShape): boolean {
  if (words(line.text) > 20) return false;
  if (line.size !== null && shape.bodySize !== null)
    if (line.size >= shape.bodySize * HEADING_RATIO) return true;
  return (
    !shape.isAllCaps &&
    isCaps(line.text) &&
    words(line.text) <= 12 &&
    !/[.,;]$/.test(line.text)
  );
}

/**
 * Where each cell of a line starts along it: the first item, and each item after a gap wider than CELL_GAP_EMS
 * font sizes. pdf.js gives a wide gap as an item of spaces as wide as the gap, or as a jump between items.
 * Rotated lines run along y.
 */
const cellCache = new WeakMap<Line, number[]>();
function cellsOf(line: Line): number[] {
  const known = cellCache.get(line);
  if (known !== undefined) return known;
  const cells = findCells(line);
  cellCache.set(line, cells);
  return cells;
}

function findCells(line: Line): number[] {
  const boxes = line.boxes;
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  if (first === undefined || last === undefined) return [];
  const alongY =
    first.rotated && Math.abs(last.y - first.y) > Math.abs(last.x - first.x);
  const along = (b: TextBox) => (alongY ? Math.abs(b.y) : b.x);
  const cells = [along(first)];
  // An OCR word box is its ink, not its font size (isOcrBox): a line's tallest word, one with an ascender and a
  // descender, spans about the font size (height is stored as ink / 1.2). Against one word's ink the space
  // between words of prose looked as wide as a gap between table cells.
  const ocrEm = isOcrBox(first)
    ? Math.max(...boxes.map((b) => b.height)) * 1.2
    : null;
  let gap = 0;
  for (let i = 1; i < boxes.length; i++) {
    const prev = boxes[i - 1] as TextBox;
    const next = boxes[i] as TextBox;
    const em = Math.max(ocrEm ?? prev.height, 4);
    gap += Math.max(0, Math.abs(along(next) - along(prev)) - prev.width) / em;
    const text = line.raw.slice(next.start - line.start, next.end - line.start);
    if (text.trim() === "") gap += next.width / em;
    else {
      if (gap > CELL_GAP_EMS) cells.push(along(next));
      gap = 0;
    }
  }
  return cells;
}

/**
 * A table row: a line with a cell that starts where cells of at least two lines near it start too (cells
 * aligned in a column). Wide spaces of justified text do not line up over three lines; columns do.
 */
export function isTableRow(lines: readonly Line[], at: number): boolean {
  const cells = cellsOf(lines[at] as Line).slice(1);
  if (cells.length === 0) return false;
  const near = [at - 3, at - 2, at - 1, at + 1, at + 2, at + 3].flatMap((i) => {
    const l = lines[i];
    return l === undefined ? [] : [cellsOf(l).slice(1)];
  });
  return cells.some(
    (x) =>
      near.filter((other) => other.some((y) => Math.abs(x - y) < 1.5)).length >=
      2,
  );
}

/** A footnote: smaller than the body text, in the lower half of the page, led by a marker or below the body. */
export function isFootnote(
  lines: readonly Line[],
  at: number,
  shape: DocumentShape,
): boolean {
  const line = lines[at] as Line;
  if (line.size === null || line.y === null || shape.bodySize === null)
    return false;
  if (line.size > shape.bodySize * FOOTNOTE_RATIO) return false;
  const ys = lines.flatMap((l) => (l.y === null ? [] : [l.y]));
  const middle = (Math.max(...ys) + Math.min(...ys)) / 2;
  if (line.y > middle) return false;
  if (FOOTNOTE_MARKER.test(line.text)) return true;
  return !lines.some(
    (l) =>
      l.y !== null &&
      l.y < line.y! - 1 &&
      l.size !== null &&
      l.size >= (shape.bodySize ?? 0) * FOOTNOTE_RATIO,
  );
}

/**
 * The kind of every line of a page (or only of the `wanted` line indexes, the others left "body": working out a
 * mention's location needs only its own line), given the page's running lines.
 */
export function lineKinds(
  lines: readonly Line[],
  shape: DocumentShape,
  running: ReadonlySet<number>,
  wanted?: ReadonlySet<number>,
): LineKind[] {
  const content = lines.filter((l) => !running.has(l.index));
  const kinds: LineKind[] = [];
  let listIndent: number | null = null;
  for (const line of lines) {
    const at = content.indexOf(line);
    const kind = ((): LineKind => {
      if (at < 0) return "body";
      // A list item's next line is a list line too: the line before a wanted one is judged as well.
      if (
        wanted !== undefined &&
        !wanted.has(line.index) &&
        !wanted.has(line.index + 1)
      )
        return BULLET.test(line.text) ? "list" : "body";
      if (CAPTION.test(line.text)) return "caption";
      if (isHeading(line, shape)) return "heading";
      if (BULLET.test(line.text)) return "list";
      if (isTableRow(content, at)) return "table";
      if (isFootnote(content, at, shape))
        // A small line over a table is the table's title, not a footnote.
        return !FOOTNOTE_MARKER.test(line.text) &&
          at + 1 < content.length &&
          isTableRow(content, at + 1)
          ? "caption"
          : "footnote";
      // A list item's next line starts further in than its bullet.
      if (listIndent !== null && line.x !== null && line.x > listIndent + 2)
        return "list";
      return "body";
    })();
    if (at >= 0)
      listIndent =
        kind === "list" && BULLET.test(line.text)
          ? line.x
          : kind === "list"
            ? listIndent
            : null;
    kinds.push(kind);
  }
  return kinds;
}
