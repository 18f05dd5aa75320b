import { createRequire } from "node:module";

// Read from package.json so that the main thread never loads pdf.js itself: only the workers parse PDFs.

/** The pdfjs-dist version, stored with each scan run. */
export const PDFJS_VERSION: string = (
  createRequire(import.meta.url)("pdfjs-dist/package.json") as {
    version: string;
  }
).version;

/** Bump when a change in extract/ changes the page text of a document already read, so re-runs read it again. */
// 2: pages of unreadable glyph codes count as pages without text; a space where an item jumps back along its line.
// 3: whole operator lists (the pdf.js patch no longer cuts them short at a font): image pages after a space are seen.
const EXTRACT_VERSION = 3;

/** Which extractor read a document; a re-run re-reads documents whose extractor differs. */
export const EXTRACTOR = `pdfjs-dist ${PDFJS_VERSION} / stp-scan extract ${EXTRACT_VERSION}`;
