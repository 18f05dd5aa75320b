import type { Rect, Span, TextBox } from "../types.js";

// Helvetica advance widths (per 1000 em) for printable ASCII, from its font metrics. A text item's position is
// known only as a whole; where a match starts inside an item is estimated from these widths, which is far
// closer than a share of characters ("SOCIAL" is half as wide again as "social").
const WIDTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    [
      " !\"#$%&'()*+,-./",
      [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,
        278, 278,
      ],
    ],
    [
      "0123456789:;<=>?@",
      [
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584,
        584, 556, 1015,
      ],
    ],
    [
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      [
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
        778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
      ],
    ],
    [
      "abcdefghijklmnopqrstuvwxyz",
      [
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556,
        556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,
      ],
    ],
  ].flatMap(([chars, widths]) =>
    [...(chars as string)].map((c, i) => [
      c,
      (widths as number[])[i] as number,
    ]),
  ),
);
const widthOf = (text: string) =>
  [...text].reduce((sum, c) => sum + (WIDTHS[c] ?? 556), 0);

/**
 * The rectangles to draw over a mention on its page: one per text item the span touches (a phrase broken over
 * two lines gets two), in PDF user space [x0, y0, x1, y1], from the baseline a little below to the font's top.
 */
export function highlightRects(
  raw: string,
  boxes: readonly TextBox[],
  span: Span,
): Rect[] {
  const rects: Rect[] = [];
  for (const box of boxes) {
    if (box.end <= span.start || box.start >= span.end || box.rotated) continue;
    const text = raw.slice(box.start, box.end);
    const whole = widthOf(text);
    const at = (offset: number) =>
      whole === 0
        ? 0
        : (box.width * widthOf(text.slice(0, offset - box.start))) / whole;
    const x0 = box.x + at(Math.max(span.start, box.start));
    const x1 = box.x + at(Math.min(span.end, box.end));
    const round = (n: number) => Math.round(n * 100) / 100;
    rects.push([
      round(x0),
      round(box.y - box.height * 0.25),
      round(x1),
      round(box.y + box.height * 0.95),
    ]);
  }
  return rects;
}
