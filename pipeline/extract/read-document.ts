import { problemOf } from "./problem-of.js";
import { unreadResult } from "./unread-result.js";
import { plural } from "../plural.js";
import { classifyReadPages } from "./classify-read-pages.js";
import {
  ocrDocument,
  type OcrEvents,
  type OcrRequest,
} from "./ocr-document.js";
import { extractPages } from "./pdfjs.js";
import { sniffBytes } from "./sniff.js";
import { isUnreadableText } from "./unreadable-text.js";
import type { Doc, DocResult, Extracted, PageText } from "../types.js";

/** Why a page counts as without text in a status reason: a scan, or a text layer nobody can read. */
const UNREADABLE = "text layer unreadable (no Unicode mapping?)";

/**
 * Marks pages whose text is present but unreadable (see isUnreadableText) as pages without text, so that a
 * document of glyph codes is reported like a scan instead of counting as read with no mentions. The raw text is
 * kept: it is evidence of what pdf.js returned.
 */
export function withUnreadablePages(extracted: Extracted): Extracted & {
  readonly unreadablePages: readonly number[];
} {
  const unreadablePages = extracted.pages
    .filter((p) => p.hasText && isUnreadableText(p.raw))
    .map((p) => p.page);
  if (unreadablePages.length === 0) return { ...extracted, unreadablePages };
  const unreadable = new Set(unreadablePages);
  return {
    ...extracted,
    pages: extracted.pages.map((p) =>
      unreadable.has(p.page) ? { ...p, hasText: false } : p,
    ),
    pagesWithoutText: [
      ...new Set([...extracted.pagesWithoutText, ...unreadablePages]),
    ].sort((a, b) => a - b),
    unreadablePages,
  };
}

/** The document-level outcome of an extraction: statuses for pages without a text layer (spec §Documents). */
export function classifyExtraction(
  doc: Doc,
  extracted: Extracted & { readonly unreadablePages?: readonly number[] },
): Pick<DocResult, "status" | "problem"> {
  const { pages, pagesWithoutText } = extracted;
  const unreadablePages = extracted.unreadablePages ?? [];
  if (pages.length === 0)
    // A page tree pdf.js cannot walk (missing, empty or looping) leaves nothing to read: the file is damaged,
    // not a scan that OCR would fix.
    return problemOf(
      doc,
      "corrupt",
      "damaged PDF (no pages can be found: the page tree is missing or empty)",
    );
  const pathsOnly = new Set(extracted.pagesPathsOnly);
  const scanned = pagesWithoutText.filter(
    (n) => !unreadablePages.includes(n) && !pathsOnly.has(n),
  );
  const drawn = pagesWithoutText.filter((n) => pathsOnly.has(n));
  if (!pages.some((p) => p.hasText)) {
    const reason =
      unreadablePages.length === pages.length
        ? UNREADABLE
        : unreadablePages.length > 0
          ? `${UNREADABLE} on ${plural(unreadablePages.length, "page", "pages")} ${unreadablePages.join(", ")}, the others blank or scanned`
          : pagesWithoutText.length === 0
            ? "every page is blank"
            : drawn.length === pagesWithoutText.length
              ? "its pages paint only vector paths: outlined text or drawings?"
              : "scanned images?";
    const what =
      unreadablePages.length > 0 ? "a usable text layer" : "a text layer";
    return problemOf(
      doc,
      "no-text",
      `no page has ${what} (${reason}); OCR it first`,
      pagesWithoutText,
    );
  }
  if (pagesWithoutText.length > 0) {
    const parts: string[] = [];
    if (scanned.length > 0)
      parts.push(
        `${plural(scanned.length, "page", "pages")} ${scanned.join(", ")} ${plural(scanned.length, "has", "have")} no text layer (scanned image?)`,
      );
    if (drawn.length > 0)
      parts.push(
        `${plural(drawn.length, "page", "pages")} ${drawn.join(", ")} ${plural(drawn.length, "paints", "paint")} vector paths but no text (outlined text or a chart?)`,
      );
    if (unreadablePages.length > 0)
      parts.push(
        `${plural(unreadablePages.length, "page", "pages")} ${unreadablePages.join(", ")}: ${UNREADABLE}`,
      );
    return problemOf(doc, "partial-text", parts.join("; "), pagesWithoutText);
  }
  return { status: "ok", problem: null };
}

/** OCR for a document: where its file is, what the engine needs, and who to tell of each page read. */
export type DocumentOcr = {
  readonly file: string;
  readonly request: OcrRequest;
  readonly events?: OcrEvents;
};

/** Pages without usable text are marked `unreadable` (spec v2.0), whatever read them or did not. */
const markUnreadable = (
  pages: readonly PageText[],
  without: readonly number[],
): PageText[] => {
  const set = new Set(without);
  return pages.map((p) =>
    set.has(p.page) ? { ...p, source: "unreadable" } : p,
  );
};

/**
 * Reads one document's bytes into pages and a status; never throws for a bad file. Mentions are left empty.
 * With `ocr`, pages without a usable text layer are read by OCR and the status follows spec v2.0 point 4;
 * without it, they are pages without text as in spec v1.1.
 */
export async function readDocument(
  doc: Doc,
  bytes: Uint8Array,
  sha256: string,
  ocr: DocumentOcr | null = null,
): Promise<DocResult> {
  const known = { sha256, bytes: bytes.length };
  const sniffed = sniffBytes(bytes, doc.path);
  if (sniffed !== null) return unreadResult(doc, sniffed, known);
  let extracted;
  try {
    extracted = await extractPages(bytes, doc.path);
  } catch (error) {
    // pdf.js threw past its own error handling: still one bad file, not a stopped scan.
    return unreadResult(
      doc,
      {
        file: doc.path,
        status: "corrupt",
        reason: `damaged PDF (${(error as Error).message})`,
        cause: error,
      },
      known,
    );
  }
  if (!extracted.ok) return unreadResult(doc, extracted.problem, known);
  const value = withUnreadablePages(extracted.value);
  const common = {
    doc,
    sha256,
    bytes: bytes.length,
    pageCount: value.pageCount,
    blankPages: value.blankPages,
    warnings: value.warnings,
    repaired: value.repaired,
    duplicateOf: null,
    duplicateReason: null,
    mentions: [],
  };
  if (ocr === null)
    return {
      ...common,
      ...classifyExtraction(doc, value),
      pagesWithoutText: value.pagesWithoutText,
      pagesOcr: [],
      pagesPicture: [],
      pages: markUnreadable(value.pages, value.pagesWithoutText),
    };
  const outcome = await ocrDocument(ocr.file, value, ocr.request, ocr.events);
  return {
    ...common,
    ...classifyReadPages(doc, outcome),
    pagesWithoutText: outcome.pagesWithoutText,
    pagesOcr: outcome.pagesOcr,
    pagesPicture: outcome.pagesPicture,
    pages: markUnreadable(outcome.pages, outcome.pagesWithoutText),
    ocrPages: outcome.reads,
  };
}
