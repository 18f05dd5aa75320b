// OCR for pages without a usable text layer (spec v2.0 §Pages without a text layer).
//
// Takes: a PDF file on disk and the geometry of one of its pages (crop box, /Rotate), the OCR engine found on
// this machine (findEngine) and the thresholds of spec v2.0 point 3.
// Gives: an OcrPageRead (the page's Tesseract words in reading order, each with its confidence and its box in
// PDF user space, the engine that read it and the angle the page was straightened by, or why it could not be
// read), and from such a read, without the engine, the page's class (`ocr`, `picture`, `unreadable`) and its
// page text with a box per word (readOcrPage), so that matching, offsets and highlights work on it as on any
// page text, and a changed threshold is applied to stored words without reading the page again.
//
// Pure core: tsv.ts (Tesseract TSV), classify-page.ts (point 3), ocr-text.ts (the page text), grey-image.ts,
// skew.ts and rotate.ts (straightening), page-space.ts (pixels to PDF space), read-ocr-page.ts.
// Shell: run-process.ts (a child process with a time limit and a kill), engine.ts (finding tesseract),
// read-page-image.ts (pdftoppm -r 300 -gray, straighten, tesseract --psm 3, one page), render-region.ts (a page's
// crop box with pdfinfo, a region of it with pdftoppm: the report's pictures of evidence).
export { parseTsv, type TsvWord } from "./tsv.js";
export {
  classifyOcrPage,
  isClassifyingWord,
  type OcrVerdict,
} from "./classify-page.js";
export { buildOcrText, type OcrText } from "./ocr-text.js";
export {
  parsePgm,
  encodePgm,
  downsample,
  type GreyImage,
} from "./grey-image.js";
export { estimateSkew, type SkewOptions } from "./skew.js";
export { rotateGrey } from "./rotate.js";
export { pixelsToPage, pageToPixels, wordBoxOnPage } from "./page-space.js";
export {
  readPageGeometry,
  renderPageRegion,
  type PixelRegion,
} from "./render-region.js";
export { readOcrPage, type OcrPageOutcome } from "./read-ocr-page.js";
export {
  runProcess,
  watchRunningChildren,
  type ProcessOutcome,
} from "./run-process.js";
export {
  findEngine,
  MISSING_ENGINE,
  OCR_DPI,
  type OcrEngine,
} from "./engine.js";
export { readPageImage, type PageImageRequest } from "./read-page-image.js";
