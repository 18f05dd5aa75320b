// An 8-bit grey bitmap, row by row from the top left (0 black, 255 white), and its PGM (P5) form: what
// pdftoppm -gray writes and what Tesseract reads.

import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

/** One grey bitmap: `data[y * width + x]`, 0 = black, 255 = white. */
export type GreyImage = {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
};

/** A PGM header token: skips whitespace and # comments; returns the token and where it ends. */
function token(bytes: Uint8Array, at: number): [string, number] {
  let i = at;
  for (;;) {
    const c = bytes[i];
    if (c === 0x23) while (i < bytes.length && bytes[i] !== 0x0a) i++;
    else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else break;
  }
  const start = i;
  while (
    i < bytes.length &&
    !/\s/.test(String.fromCharCode(bytes[i] as number))
  )
    i++;
  return [Buffer.from(bytes.subarray(start, i)).toString("latin1"), i];
}

/** Reads a binary PGM (P5, maxval 255). The pixels are a view on `bytes`, not a copy. */
export function parsePgm(bytes: Uint8Array): Result<GreyImage> {
  const [magic, a] = token(bytes, 0);
  const [w, b] = token(bytes, a);
  const [h, c] = token(bytes, b);
  const [max, d] = token(bytes, c);
  const width = Number(w);
  const height = Number(h);
  if (magic !== "P5" || Number(max) !== 255 || !(width > 0) || !(height > 0))
    return fail({
      reason: `not an 8-bit grey PGM (header "${magic} ${w} ${h} ${max}")`,
    });
  // One whitespace byte separates the header from the pixels.
  const data = bytes.subarray(d + 1, d + 1 + width * height);
  if (data.length < width * height)
    return fail({
      reason: `PGM cut short (${data.length} of ${width * height} pixels)`,
    });
  return ok({ width, height, data });
}

/** The image as a binary PGM (P5). */
export function encodePgm(image: GreyImage): Uint8Array {
  const header = Buffer.from(
    `P5\n${image.width} ${image.height}\n255\n`,
    "latin1",
  );
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}

/** The image shrunk by a whole factor, each pixel the mean of a factor x factor square. */
export function downsample(image: GreyImage, factor: number): GreyImage {
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++)
          sum += image.data[row + dx] as number;
      }
      data[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, data };
}
