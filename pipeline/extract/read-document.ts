import { extractPages } from "./pdfjs.js";
import { sniffBytes } from "./sniff.js";
import type { Doc, DocResult, Extracted, Problem } from "../types.js";

/** The document-level outcome of an extraction: statuses for pages without a text layer (spec §Documents). */
export function classifyExtraction(
  doc: Doc,
  extracted: Extracted,
): Pick<DocResult, "status" | "error"> {
  const { pages, pagesWithoutText } = extracted;
  if (!pages.some((p) => p.hasText)) {
    const reason =
      pages.length === 0
        ? "the PDF has no pages"
        : `no page has a text layer (${pagesWithoutText.length === pages.length ? "scanned images?" : "blank pages"}); OCR it first`;
    return { status: "no-text", error: `${doc.path}: ${reason}` };
  }
  if (pagesWithoutText.length > 0) {
    const list = pagesWithoutText.join(", ");
    return {
      status: "partial-text",
      error: `${doc.path}: page${pagesWithoutText.length > 1 ? "s" : ""} ${list} ha${pagesWithoutText.length > 1 ? "ve" : "s"} no text layer (scanned image?)`,
    };
  }
  return { status: "ok", error: null };
}

const failed = (
  doc: Doc,
  sha256: string,
  bytes: number,
  problem: Problem,
): DocResult => ({
  doc,
  sha256,
  bytes,
  status: problem.status,
  pageCount: null,
  pagesWithoutText: [],
  error: problem.reason,
  duplicateOf: null,
  pages: [],
  mentions: [],
});

/** Reads one document's bytes into pages and a status; never throws for a bad file. Mentions are left empty. */
export async function readDocument(
  doc: Doc,
  bytes: Uint8Array,
  sha256: string,
): Promise<DocResult> {
  const sniffed = sniffBytes(bytes, doc.path);
  if (sniffed !== null) return failed(doc, sha256, bytes.length, sniffed);
  let extracted;
  try {
    extracted = await extractPages(bytes, doc.path);
  } catch (error) {
    // pdf.js threw past its own error handling: still one bad file, not a stopped scan.
    const reason = `${doc.path}: damaged PDF (${(error as Error).message})`;
    return failed(doc, sha256, bytes.length, {
      file: doc.path,
      status: "corrupt",
      reason,
      cause: error,
    });
  }
  if (!extracted.ok)
    return failed(doc, sha256, bytes.length, extracted.problem);
  const { value } = extracted;
  return {
    doc,
    sha256,
    bytes: bytes.length,
    ...classifyExtraction(doc, value),
    pageCount: value.pageCount,
    pagesWithoutText: value.pagesWithoutText,
    duplicateOf: null,
    pages: value.pages,
    mentions: [],
  };
}
