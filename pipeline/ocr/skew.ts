import { downsample, type GreyImage } from "./grey-image.js";

/** How the skew of a page is looked for. */
export type SkewOptions = {
  /** Largest tilt looked for, either way (degrees). @default 5 */
  readonly maxDegrees?: number;
  /** Resolution of the answer (degrees). @default 0.05 */
  readonly stepDegrees?: number;
  /** Pixels per inch of the image given, so that it is looked at near 75 dpi, then near 150 dpi. @default 300 */
  readonly dpi?: number;
};

/**
 * Pixels at least this much darker than white hold ink. Low, because shrinking the page greys a thin stroke:
 * a 1-pixel line at 300 dpi is a quarter as dark at 75 dpi.
 */
const MIN_INK = 32;

/** The inked pixels of an image, as coordinates from its centre, each weighted by how dark it is. */
function inkOf(image: GreyImage): {
  xs: Float64Array;
  ys: Float64Array;
  weights: Float64Array;
} {
  const { width, height, data } = image;
  let n = 0;
  for (let i = 0; i < data.length; i++)
    if (255 - (data[i] as number) >= MIN_INK) n++;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const weights = new Float64Array(n);
  let k = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const ink = 255 - (data[y * width + x] as number);
      if (ink < MIN_INK) continue;
      xs[k] = x - width / 2;
      ys[k] = y - height / 2;
      weights[k] = ink / 255;
      k++;
    }
  return { xs, ys, weights };
}

/**
 * How sharply the ink falls into rows once the page is turned back by `degrees`: the sum of squared row
 * counts (the variance of the row sums up to a constant). Text lines give tall narrow peaks when level.
 */
function rowSharpness(
  { xs, ys, weights }: ReturnType<typeof inkOf>,
  degrees: number,
  rows: Float64Array,
): number {
  const theta = (degrees * Math.PI) / 180;
  const sin = Math.sin(theta);
  const cos = Math.cos(theta);
  const middle = rows.length / 2;
  rows.fill(0);
  for (let i = 0; i < xs.length; i++) {
    // The row of an ink pixel once the page is turned clockwise by `degrees` (undoing a counter-clockwise tilt).
    const r = Math.floor(
      (xs[i] as number) * sin + (ys[i] as number) * cos + middle,
    );
    if (r >= 0 && r < rows.length)
      rows[r] = (rows[r] as number) + (weights[i] as number);
  }
  let sum = 0;
  for (let r = 0; r < rows.length; r++) sum += (rows[r] as number) ** 2;
  return sum;
}

/**
 * The tilt of a page's text in degrees, counter-clockwise as seen (so `rotateGrey(image, -skew)` levels it),
 * by the projection profile: the angle within +-maxDegrees at which the ink's row sums vary most. Looked for
 * in half degrees on a copy near 75 dpi, then finely near 150 dpi (at 75 dpi a row is too coarse to tell a
 * tenth of a degree on a short line). 0 for a page without ink.
 */
export function estimateSkew(
  image: GreyImage,
  options: SkewOptions = {},
): number {
  const max = options.maxDegrees ?? 5;
  const step = options.stepDegrees ?? 0.05;
  const dpi = options.dpi ?? 300;
  // The 150 dpi copy is made once from the page; the 75 dpi one from it (a second pass over the whole page
  // cost as much as the search).
  const fineFactor = Math.max(1, Math.round(dpi / 150));
  const fineImage = downsample(image, fineFactor);
  const coarseImage = downsample(
    fineImage,
    Math.max(1, Math.round(dpi / 75 / fineFactor)),
  );
  const best = (
    small: GreyImage,
    from: number,
    to: number,
    by: number,
  ): number | null => {
    const ink = inkOf(small);
    if (ink.xs.length === 0) return null;
    const rows = new Float64Array(
      Math.ceil(Math.hypot(small.width, small.height)) + 2,
    );
    let angle = 0;
    let score = -1;
    for (let i = 0; from + i * by <= to + 1e-9; i++) {
      const d = from + i * by;
      const s = rowSharpness(ink, d, rows);
      if (s > score) [angle, score] = [d, s];
    }
    return angle;
  };
  const coarse = best(coarseImage, -max, max, 0.5);
  if (coarse === null) return 0;
  const fine = best(
    fineImage,
    Math.max(-max, coarse - 0.5),
    Math.min(max, coarse + 0.5),
    step,
  ) as number;
  return Math.round(fine * 100) / 100;
}
