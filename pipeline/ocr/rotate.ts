import type { GreyImage } from "./grey-image.js";

/**
 * The image turned about its centre by `degrees`, counter-clockwise as seen (x right, y down), on the same
 * canvas; corners brought in from outside are white. Bilinear, so thin strokes survive a small turn.
 */
export function rotateGrey(image: GreyImage, degrees: number): GreyImage {
  const { width, height, data } = image;
  if (degrees === 0) return image;
  const theta = (degrees * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    // Where destination pixel (x, y) comes from, (dx, dy) from the centre: (dx cos - dy sin, dx sin + dy cos),
    // stepped along the row.
    let sx = -cx * cos - dy * sin + cx;
    let sy = -cx * sin + dy * cos + cy;
    for (let x = 0; x < width; x++, sx += cos, sy += sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = (data[i] as number) * (1 - fx) + (data[i + 1] as number) * fx;
      const bottom =
        (data[i + width] as number) * (1 - fx) +
        (data[i + width + 1] as number) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}
