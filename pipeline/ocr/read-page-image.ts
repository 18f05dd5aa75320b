import { OCR_MIN_CONFIDENCE, OCR_MIN_WORDS } from "../defaults.js";
import type { OcrPageRead, OcrWord, PageGeometry } from "../types.js";
import { classifyOcrPage } from "./classify-page.js";
import {
  OCR_DPI,
  orientationArgs,
  tesseractArgs,
  tesseractEnv,
  type OcrEngine,
} from "./engine.js";
import { encodePgm, parsePgm, type GreyImage } from "./grey-image.js";
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
  /** Time limit of each process (render, read, and for a read that may be upside down, orientation, read again). */
  readonly timeoutMs: number;
  /** The pdftoppm command. @default "pdftoppm" */
  readonly pdftoppm?: string;
};

/**
 * True when a read is one that spec v2.0's default thresholds call unreadable (enough words, too little
 * confidence): an upside-down scan reads so, and Tesseract's automatic segmentation does not turn it (a page on
 * its side it does). Fixed thresholds, not the scan's: a read is stored and reused whatever the thresholds are.
 */
const mayBeUpsideDown = (words: readonly OcrWord[]) =>
  classifyOcrPage(words, {
    minWords: OCR_MIN_WORDS,
    minConfidence: OCR_MIN_CONFIDENCE,
  }).pageClass === "unreadable";

/** A read of the page that failed, saying why. */
const failedRead = (
  request: PageImageRequest,
  failure: string,
  skewDegrees: number,
): OcrPageRead => ({
  page: request.geometry.page,
  engine: request.engine.name,
  skewDegrees,
  words: [],
  failure: `OCR could not read it: ${failure}`,
});

/** Mean confidence of the words that classify a page, -1 when there are none. */
const meanConfidence = (words: readonly OcrWord[]) =>
  classifyOcrPage(words, { minWords: 0, minConfidence: 0 }).meanConfidence ??
  -1;

/**
 * Reads one page by OCR: render it at 300 dpi grey with pdftoppm, straighten it (estimateSkew), read it with
 * `tesseract stdin stdout --psm 3 -l eng tsv` (OMP_THREAD_LIMIT=1) and map each word's box back to PDF space.
 * A read that looks upside down (mayBeUpsideDown) is checked with Tesseract's orientation detection (--psm 0);
 * when that says 180 degrees, the page is read again turned, and the better of the two reads is kept.
 * A render or engine that fails, crashes or outlives the time limit (then killed) is a read with a `failure`,
 * never a throw.
 */
export async function readPageImage(
  request: PageImageRequest,
): Promise<OcrPageRead> {
  const { geometry, engine } = request;
  const failed = (failure: string) => failedRead(request, failure, 0);
  const page = String(geometry.page);
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
  if (!rendered.ok) return failed(rendered.problem.reason);
  const parsed = parsePgm(rendered.value.stdout);
  if (!parsed.ok) return failed(`pdftoppm gave ${parsed.problem.reason}`);
  const image = parsed.value;
  const skew = estimateSkew(image, { dpi: OCR_DPI });
  const straight = Math.abs(skew) >= MIN_SKEW_DEGREES ? skew : 0;
  const level = straight === 0 ? image : rotateGrey(image, -straight);
  const read = await readTurned(request, image, level, straight);
  if (read.failure !== null || !mayBeUpsideDown(read.words)) return read;
  const orientation = await runProcess(engine.command, orientationArgs(), {
    input: encodePgm(level),
    timeoutMs: request.timeoutMs,
    env: tesseractEnv(),
  });
  // No answer (too few letters to tell, or a failure) leaves the first read as it is.
  if (
    !orientation.ok ||
    !/^Rotate:\s*180\b/m.test(orientation.value.stdout.toString("utf8"))
  )
    return read;
  // Turned in one pass from the rendered page, so the image is resampled once; boxes go back by the same angle.
  const turned = await readTurned(
    request,
    image,
    rotateGrey(image, -(straight + 180)),
    straight + 180,
  );
  return turned.failure === null &&
    meanConfidence(turned.words) > meanConfidence(read.words)
    ? turned
    : read;
}

/** Tesseract's words on `level`, the rendered page turned by -`degrees`, with their boxes on the PDF page. */
async function readTurned(
  request: PageImageRequest,
  rendered: GreyImage,
  level: GreyImage,
  degrees: number,
): Promise<OcrPageRead> {
  const { geometry, engine } = request;
  const failed = (failure: string) => failedRead(request, failure, degrees);
  const read = await runProcess(engine.command, tesseractArgs(), {
    input: encodePgm(level),
    timeoutMs: request.timeoutMs,
    env: tesseractEnv(),
  });
  if (!read.ok) return failed(read.problem.reason);
  const parsed = parseTsv(read.value.stdout.toString("utf8"));
  if (!parsed.ok) return failed(`tesseract gave ${parsed.problem.reason}`);
  const tsv = parsed.value;
  const toPage = pixelsToPage(geometry, OCR_DPI);
  const words: OcrWord[] = tsv.map((w) => ({
    text: w.text,
    confidence: Math.round(w.confidence * 100) / 100,
    block: w.block,
    paragraph: w.paragraph,
    line: w.line,
    box: wordBoxOnPage(w, rendered, degrees, toPage),
  }));
  return {
    page: geometry.page,
    engine: engine.name,
    skewDegrees: degrees,
    words,
    failure: null,
  };
}
