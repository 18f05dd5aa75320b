export { extractPages, PDFJS_VERSION, EXTRACTOR } from "./pdfjs.js";
export { sniffBytes } from "./sniff.js";
export { readDocument, classifyExtraction } from "./read-document.js";
export { ExtractionPool, type PoolOptions } from "./worker-pool.js";
