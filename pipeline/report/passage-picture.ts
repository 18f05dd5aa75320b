import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import {
  EVIDENCE_PICTURE_DPI,
  EVIDENCE_PICTURE_LINES,
  OCR_PAGE_TIMEOUT_SECONDS,
} from "../defaults.js";
import {
  pageToPixels,
  readPageGeometry,
  renderPageRegion,
} from "../ocr/index.js";
import { fail, ok } from "../problem.js";
import type { Rect, Result } from "../types.js";
import { highlightPicture, regionAround } from "./picture-crop.js";
import { encodePng } from "./png.js";

/** Pages rendered at once: pdftoppm is quick on a crop, and the machine may be busy with other work. */
const PICTURES_AT_ONCE = 4;

/** An evidence passage's picture in the report: a PNG data: URI and its size, or why there is none. */
export type PassagePicture = Result<{
  readonly src: string;
  readonly width: number;
  readonly height: number;
}>;

const NO_BOXES =
  "no position on the page is stored for this passage (scan --force stores it)";

/** Where a passage stands: its document in the corpus, page and highlight boxes (PDF user space). */
export type PicturedPassage = {
  readonly document: string;
  readonly page: number;
  readonly boxes: readonly Rect[];
};

/**
 * The lines of a passage as its page shows them, highlighted: the page's region around the passage's boxes
 * rendered by pdftoppm at EVIDENCE_PICTURE_DPI. Anything that stops it (no boxes stored, the PDF not beside the
 * database's corpus path, poppler-utils missing, a failed render) is a problem saying so, never a throw.
 */
export async function picturePassage(
  corpusRoot: string,
  passage: PicturedPassage,
): Promise<PassagePicture> {
  if (passage.boxes.length === 0) return fail({ reason: NO_BOXES });
  const file = join(corpusRoot, passage.document);
  if (!existsSync(file))
    return fail({
      reason: `the PDF was not found where the scan read it (${passage.document} in the corpus ${basename(corpusRoot)})`,
    });
  const timeoutMs = OCR_PAGE_TIMEOUT_SECONDS * 1000;
  const found = await readPageGeometry(file, passage.page, timeoutMs);
  if (!found.ok) return found;
  const geometry = found.value;
  const dpi = EVIDENCE_PICTURE_DPI;
  const toPixels = pageToPixels(geometry, dpi);
  const boxes = passage.boxes.map((b): Rect => {
    const [ax, ay] = toPixels(b[0], b[1]);
    const [bx, by] = toPixels(b[2], b[3]);
    return [
      Math.min(ax, bx),
      Math.min(ay, by),
      Math.max(ax, bx),
      Math.max(ay, by),
    ];
  });
  const [v0, v1, v2, v3] = geometry.view;
  const sideways = Math.abs(geometry.rotate) % 180 === 90;
  const scale = dpi / 72;
  const page = {
    width: (sideways ? v3 - v1 : v2 - v0) * scale,
    height: (sideways ? v2 - v0 : v3 - v1) * scale,
  };
  const region = regionAround(boxes, page, EVIDENCE_PICTURE_LINES);
  const image = await renderPageRegion(
    file,
    passage.page,
    dpi,
    region,
    timeoutMs,
  );
  if (!image.ok) return image;
  const picture = highlightPicture(
    image.value,
    boxes.map((b): Rect => [
      b[0] - region.x,
      b[1] - region.y,
      b[2] - region.x,
      b[3] - region.y,
    ]),
  );
  return ok({
    src: `data:image/png;base64,${encodePng(picture).toString("base64")}`,
    width: picture.width,
    height: picture.height,
  });
}

/** Pictures of passages (picturePassage), in their order, a few rendered at a time. */
export async function picturePassages(
  corpusRoot: string,
  passages: readonly PicturedPassage[],
): Promise<PassagePicture[]> {
  const pictures: PassagePicture[] = [];
  for (let i = 0; i < passages.length; i += PICTURES_AT_ONCE)
    pictures.push(
      ...(await Promise.all(
        passages
          .slice(i, i + PICTURES_AT_ONCE)
          .map((p) => picturePassage(corpusRoot, p)),
      )),
    );
  return pictures;
}
