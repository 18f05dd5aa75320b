// Where a mention's words are drawn on its rendered page. Pure: the viewport's transform and the text measure
// come in as functions.

/** A highlight on the rendered page: [left, top, width, height] in CSS pixels from the page's top left. */
export type Box = readonly [number, number, number, number];

/** The viewport's map of a rectangle [x0, y0, x1, y1] in PDF user space to canvas pixels (pdf.js's own). */
export type ToViewport = (rect: [number, number, number, number]) => number[];

/** A text item of the page as pdf.js gives it (`getTextContent`); marked content has no `str`. */
export type TextItem = {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL: boolean;
};

/** The share (0-1) of `item`'s width taken by its first `count` characters. */
export type WidthShare = (item: TextItem, count: number) => number;

function boxOf(toViewport: ToViewport, rect: readonly number[]): Box {
  const [a = 0, b = 0, c = 0, d = 0] = toViewport([
    rect[0] ?? 0,
    rect[1] ?? 0,
    rect[2] ?? 0,
    rect[3] ?? 0,
  ]);
  return [Math.min(a, c), Math.min(b, d), Math.abs(c - a), Math.abs(d - b)];
}

/** The boxes stored at extraction (PDF user space) on the rendered page. */
export const storedBoxes = (
  rects: readonly (readonly number[])[],
  toViewport: ToViewport,
): Box[] => rects.map((r) => boxOf(toViewport, r));

/**
 * The boxes of [start, end) in the page text as stp-scan extracted it: item strings in order, "\n" after an item
 * that ends a line. The mention's offsets point into exactly this text, so they locate the items, and the
 * items' positions the boxes. For a database from before boxes were stored.
 */
export function boxesFromItems(
  items: readonly (TextItem | object)[],
  span: { readonly start: number; readonly end: number },
  toViewport: ToViewport,
  widthShare: WidthShare,
): Box[] {
  const boxes: Box[] = [];
  let at = 0;
  for (const item of items) {
    if (!("str" in item)) continue;
    const text = item;
    const from = at;
    const to = at + text.str.length;
    at = to + (text.hasEOL ? 1 : 0);
    if (to <= span.start || from >= span.end || text.str.length === 0) continue;
    const a = Math.max(span.start, from) - from;
    const b = Math.min(span.end, to) - from;
    const [, , , sy = 0, x = 0, y = 0] = text.transform;
    const h = text.height || Math.abs(sy) || 10;
    const x0 = x + text.width * widthShare(text, a);
    const x1 = x + text.width * widthShare(text, b);
    boxes.push(boxOf(toViewport, [x0, y - h * 0.25, x1, y + h * 0.95]));
  }
  return boxes;
}
