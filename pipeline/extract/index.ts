export { extractPages, PDFJS_VERSION } from "./pdfjs.js";
export { sniffBytes } from "./sniff.js";
export { readDocument, classifyExtraction } from "./read-document.js";
