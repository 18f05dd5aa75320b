// extract/: takes a PDF file and gives its pages' text (PageText[] with text boxes) or the status and reason it
// cannot be read, in worker threads with time and memory limits. IO.
// What the rest of the pipeline needs from extract/. pdf.js itself (pdfjs.ts, read-document.ts) is loaded only
// by the worker threads, so the main thread does not pay for parsing it.
export { PDFJS_VERSION, EXTRACTOR } from "./extractor-version.js";
export { sniffBytes } from "./sniff.js";
export { MAX_READABLE_BYTES, sizeProblem } from "./readable-size.js";
export { ExtractionPool, type PoolOptions } from "./worker-pool.js";
export type { OcrEvents, OcrRequest } from "./ocr-document.js";
export { pagelessResult, unreadResult } from "./unread-result.js";
