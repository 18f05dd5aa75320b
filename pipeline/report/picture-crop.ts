import type { GreyImage, PixelRegion } from "../ocr/index.js";
import type { Rect } from "../types.js";
import type { RgbImage } from "./png.js";

/** Pixels of white margin kept beside the text when a picture is trimmed. */
const MARGIN_PX = 8;

/**
 * The region of a rendered page to show for a passage: the full width of the page, from `lines` line heights
 * above its highlight boxes (pixels of the page at the picture's resolution) to as many below, within the page.
 */
export function regionAround(
  boxes: readonly Rect[],
  page: { readonly width: number; readonly height: number },
  lines: number,
): PixelRegion {
  const top = Math.min(...boxes.map((b) => b[1]));
  const bottom = Math.max(...boxes.map((b) => b[3]));
  const lineHeight = Math.max(...boxes.map((b) => b[3] - b[1]));
  const y0 = Math.max(0, Math.floor(top - lines * lineHeight * 1.4 - 2));
  const y1 = Math.min(
    page.height,
    Math.ceil(bottom + lines * lineHeight * 1.4 + 2),
  );
  return {
    x: 0,
    y: y0,
    width: Math.ceil(page.width),
    height: Math.max(1, y1 - y0),
  };
}

/** The columns of `image` that hold ink, with a margin, always including the highlight boxes. */
function inkColumns(
  image: GreyImage,
  boxes: readonly Rect[],
): [number, number] {
  let left = image.width;
  let right = -1;
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if ((image.data[y * image.width + x] as number) < 200) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
  for (const b of boxes) {
    left = Math.min(left, Math.floor(b[0]));
    right = Math.max(right, Math.ceil(b[2]));
  }
  return [
    Math.max(0, left - MARGIN_PX),
    Math.min(image.width, right + 1 + MARGIN_PX),
  ];
}

const hasInk = (image: GreyImage, y: number) => {
  for (let x = 0; x < image.width; x++)
    if ((image.data[y * image.width + x] as number) < 200) return true;
  return false;
};

/**
 * The rows of `image` to keep: a line cut by the region's top or bottom edge is dropped up to the white gap
 * beside it (half a line of glyphs reads as noise), never into the highlight boxes.
 */
function wholeLineRows(
  image: GreyImage,
  boxes: readonly Rect[],
): [number, number] {
  const top = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b[1]))));
  const bottom = Math.min(
    image.height,
    Math.ceil(Math.max(...boxes.map((b) => b[3]))),
  );
  let y0 = 0;
  if (hasInk(image, 0)) while (y0 < top && hasInk(image, y0)) y0++;
  let y1 = image.height;
  if (hasInk(image, image.height - 1))
    while (y1 > bottom && hasInk(image, y1 - 1)) y1--;
  return [y0, Math.max(y0 + 1, y1)];
}

/**
 * The picture of a passage: `image` (a rendered region) trimmed of its white side margins and of lines the
 * region cut (wholeLineRows), in colour, with the
 * pixels under `boxes` (pixels of `image`) tinted yellow as a highlighter would, so the text stays legible.
 */
export function highlightPicture(
  image: GreyImage,
  boxes: readonly Rect[],
): RgbImage {
  const [x0, x1] = inkColumns(image, boxes);
  const [y0, y1] = wholeLineRows(image, boxes);
  const width = Math.max(1, x1 - x0);
  const height = y1 - y0;
  const data = new Uint8Array(width * height * 3);
  const marked = (x: number, y: number) =>
    boxes.some(
      (b) => x >= b[0] - 1 && x <= b[2] + 1 && y >= b[1] - 1 && y <= b[3] + 1,
    );
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const grey = image.data[(y + y0) * image.width + x + x0] as number;
      const at = (y * width + x) * 3;
      const mark = marked(x + x0, y + y0);
      data[at] = grey;
      data[at + 1] = mark ? Math.round(grey * 0.93) : grey;
      data[at + 2] = mark ? Math.round(grey * 0.3) : grey;
    }
  return { width, height, data };
}
