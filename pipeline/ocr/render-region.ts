import { fail, ok } from "../problem.js";
import type { PageGeometry, Result } from "../types.js";
import { parsePgm, type GreyImage } from "./grey-image.js";
import { runProcess } from "./run-process.js";

/** A rectangle of a rendered page in pixels: left, top, width, height. */
export type PixelRegion = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

// runProcess says "pdftoppm is not installed"; an analyst needs the package that brings it.
const notInstalled = (reason: string) =>
  reason.endsWith(" is not installed")
    ? `${reason} (Debian package poppler-utils)`
    : reason;

/** One page's crop box and /Rotate as `pdfinfo -box` reports them, or why they could not be read. */
export async function readPageGeometry(
  file: string,
  pageNumber: number,
  timeoutMs: number,
): Promise<Result<PageGeometry>> {
  const page = String(pageNumber);
  const r = await runProcess(
    "pdfinfo",
    ["-f", page, "-l", page, "-box", file],
    { timeoutMs },
  );
  if (!r.ok) return fail({ reason: notInstalled(r.problem.reason) });
  const text = r.value.stdout.toString("utf8");
  const crop = new RegExp(`^Page\\s+${page}\\s+CropBox:\\s+(.+)$`, "m").exec(
    text,
  );
  const rot = new RegExp(`^Page\\s+${page}\\s+rot:\\s+(-?\\d+)`, "m").exec(
    text,
  );
  const view = crop?.[1]?.trim().split(/\s+/).map(Number);
  if (
    view?.length !== 4 ||
    view.some((n) => !Number.isFinite(n)) ||
    rot === null
  )
    return fail({ reason: `pdfinfo gave no crop box for page ${page}` });
  return ok({
    page: pageNumber,
    view: view as [number, number, number, number],
    rotate: Number(rot[1]),
  });
}

/** A region of one page rendered grey at `dpi` by pdftoppm (crop box, /Rotate applied), or why not. */
export async function renderPageRegion(
  file: string,
  pageNumber: number,
  dpi: number,
  region: PixelRegion,
  timeoutMs: number,
): Promise<Result<GreyImage>> {
  const page = String(pageNumber);
  const r = await runProcess(
    "pdftoppm",
    [
      ...["-r", String(dpi), "-gray", "-f", page, "-l", page],
      ...["-x", String(region.x), "-y", String(region.y)],
      ...["-W", String(region.width), "-H", String(region.height)],
      ...["-singlefile", file],
    ],
    { timeoutMs },
  );
  if (!r.ok) return fail({ reason: notInstalled(r.problem.reason) });
  const image = parsePgm(r.value.stdout);
  return image.ok
    ? image
    : fail({ reason: `pdftoppm gave ${image.problem.reason}` });
}
