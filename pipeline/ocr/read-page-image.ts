import type { OcrPageRead, OcrWord, PageGeometry } from "../types.js";
import {
  OCR_DPI,
  tesseractArgs,
  tesseractEnv,
  type OcrEngine,
} from "./engine.js";
import { encodePgm, parsePgm } from "./grey-image.js";
import { pixelsToPage, wordBoxOnPage } from "./page-space.js";
import { rotateGrey } from "./rotate.js";
import { runProcess } from "./run-process.js";
import { estimateSkew } from "./skew.js";
import { parseTsv } from "./tsv.js";

/** A page's skew is corrected from this many degrees up: below it Tesseract reads as well, and a straight page is left as it is. */
const MIN_SKEW_DEGREES = 0.25;

/** What reading one page needs. */
export type PageImageRequest = {
  /** The PDF on disk. */
  readonly file: string;
  readonly geometry: PageGeometry;
  readonly engine: OcrEngine;
  /** Time limit of each of the two processes (render, read). */
  readonly timeoutMs: number;
  /** The pdftoppm command. @default "pdftoppm" */
  readonly pdftoppm?: string;
};

/**
 * Reads one page by OCR: render it at 300 dpi grey with pdftoppm, straighten it (estimateSkew), read it with
 * `tesseract stdin stdout --psm 3 -l eng tsv` (OMP_THREAD_LIMIT=1) and map each word's box back to PDF space.
 * A render or engine that fails, crashes or outlives the time limit (then killed) is a read with a `failure`,
 * never a throw.
 */
export async function readPageImage(
  request: PageImageRequest,
): Promise<OcrPageRead> {
  const { geometry, engine } = request;
  const pageNumber = geometry.pageNumber;
  const failed = (failure: string, skewDegrees = 0): OcrPageRead => ({
    pageNumber,
    engine: engine.name,
    skewDegrees,
    words: [],
    failure: `OCR could not read it: ${failure}`,
  });
  const page = String(pageNumber);
  const rendered = await runProcess(
    request.pdftoppm ?? "pdftoppm",
    [
      "-r",
      String(OCR_DPI),
      "-gray",
      "-f",
      page,
      "-l",
      page,
      "-singlefile",
      request.file,
    ],
    { timeoutMs: request.timeoutMs },
  );
  if (!rendered.ok) return failed(rendered.reason);
  const image = parsePgm(rendered.stdout);
  if (image instanceof Error) return failed(`pdftoppm gave ${image.message}`);
  const skew = estimateSkew(image, { dpi: OCR_DPI });
  const straight = Math.abs(skew) >= MIN_SKEW_DEGREES ? skew : 0;
  const level = straight === 0 ? image : rotateGrey(image, -straight);
  const read = await runProcess(engine.command, tesseractArgs(), {
    input: encodePgm(level),
    timeoutMs: request.timeoutMs,
    env: tesseractEnv(),
  });
  if (!read.ok) return failed(read.reason, straight);
  const tsv = parseTsv(read.stdout.toString("utf8"));
  if (tsv instanceof Error)
    return failed(`tesseract gave ${tsv.message}`, straight);
  const toPage = pixelsToPage(geometry, OCR_DPI);
  const words: OcrWord[] = tsv.map((w) => ({
    text: w.text,
    confidence: Math.round(w.confidence * 100) / 100,
    block: w.block,
    paragraph: w.paragraph,
    line: w.line,
    box: wordBoxOnPage(w, level, straight, toPage),
  }));
  return {
    pageNumber,
    engine: engine.name,
    skewDegrees: straight,
    words,
    failure: null,
  };
}
