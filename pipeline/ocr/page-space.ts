import type { PageGeometry, Rect } from "../types.js";
import type { TsvWord } from "./tsv.js";

// A rendered page is the page's crop box turned by its /Rotate and scaled to the resolution, as pdf.js's
// PageViewport (and pdftoppm) lay it out: x right, y down from the top left of what is seen. This maps back.

/** Maps pixels of a page rendered at `dpi` to PDF user space (points, y up): the inverse of the viewport. */
export function pixelsToPage(
  geometry: PageGeometry,
  dpi: number,
): (x: number, y: number) => readonly [number, number] {
  const [x0, y0, x1, y1] = geometry.view;
  const scale = dpi / 72;
  const rotate = ((geometry.rotate % 360) + 360) % 360;
  // pdf.js PageViewport: [a b c d] by rotation, then the offsets that put the turned box at the origin.
  const [a, b, c, d] =
    rotate === 90
      ? [0, 1, 1, 0]
      : rotate === 180
        ? [-1, 0, 0, 1]
        : rotate === 270
          ? [0, -1, -1, 0]
          : [1, 0, 0, -1];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const sideways = a === 0;
  const offsetX = (sideways ? Math.abs(cy - y0) : Math.abs(cx - x0)) * scale;
  const offsetY = (sideways ? Math.abs(cx - x0) : Math.abs(cy - y0)) * scale;
  const e = offsetX - a * scale * cx - c * scale * cy;
  const f = offsetY - b * scale * cx - d * scale * cy;
  // pixel = M (user) + (e, f), M = scale [a c; b d]; its inverse is exact for these quarter turns.
  const det = scale * scale * (a * d - b * c);
  return (px, py) => {
    const u = px - e;
    const v = py - f;
    return [
      (scale * d * u - scale * c * v) / det,
      (-scale * b * u + scale * a * v) / det,
    ];
  };
}

/**
 * Maps PDF user space (points, y up) to pixels of the page rendered at `dpi` (x right, y down from the top left
 * of what is seen): the viewport itself, whose inverse is pixelsToPage.
 */
export function pageToPixels(
  geometry: PageGeometry,
  dpi: number,
): (x: number, y: number) => readonly [number, number] {
  const toPage = pixelsToPage(geometry, dpi);
  // The map is affine, so three points give it: the origin and one pixel along each axis.
  const [ox, oy] = toPage(0, 0);
  const [xx, xy] = toPage(1, 0);
  const [yx, yy] = toPage(0, 1);
  const [a, b, c, d] = [xx - ox, xy - oy, yx - ox, yy - oy];
  const det = a * d - b * c;
  return (x, y) => {
    const u = x - ox;
    const v = y - oy;
    return [(d * u - c * v) / det, (-b * u + a * v) / det];
  };
}

/**
 * A word's box read on the straightened page, as a rectangle of PDF user space on the page as it is: the box's
 * corners turned back by the straightening (`skewDegrees` about the image centre), then the bounding box of
 * where they land, rounded to 0.01 pt.
 */
export function wordBoxOnPage(
  word: Pick<TsvWord, "left" | "top" | "width" | "height">,
  image: { readonly width: number; readonly height: number },
  skewDegrees: number,
  toPage: (x: number, y: number) => readonly [number, number],
): Rect {
  const theta = (skewDegrees * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const cx = (image.width - 1) / 2;
  const cy = (image.height - 1) / 2;
  const corners = [
    [word.left, word.top],
    [word.left + word.width, word.top],
    [word.left, word.top + word.height],
    [word.left + word.width, word.top + word.height],
  ].map(([x, y]) => {
    // The straightened page is the page turned by -skew, so a point goes back by turning it by +skew.
    const dx = (x as number) - cx;
    const dy = (y as number) - cy;
    return toPage(dx * cos + dy * sin + cx, -dx * sin + dy * cos + cy);
  });
  const round = (n: number) => Math.round(n * 100) / 100;
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return [
    round(Math.min(...xs)),
    round(Math.min(...ys)),
    round(Math.max(...xs)),
    round(Math.max(...ys)),
  ];
}
