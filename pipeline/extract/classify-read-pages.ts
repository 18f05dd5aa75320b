import type { Doc, DocResult } from "../types.js";
import { plural } from "../plural.js";
import type { OcrOutcome } from "./ocr-document.js";
import { problemOf } from "./problem-of.js";

/**
 * Spec v2.0 point 4, the document's status once OCR has read its pages without a text layer: `ok` when no page
 * is unreadable; `partial-text` when some are (each listed with why); `no-text` when no page could be read at
 * all (every page that paints anything is unreadable). `ocr` and `picture` pages count as read.
 */
export function classifyReadPages(
  doc: Doc,
  outcome: OcrOutcome,
): Pick<DocResult, "status" | "problem"> {
  const { pages, pagesWithoutText, unreadableReasons } = outcome;
  if (pages.length === 0)
    return problemOf(
      doc,
      "corrupt",
      "damaged PDF (no pages can be found: the page tree is missing or empty)",
    );
  const read = new Set([...outcome.pagesOcr, ...outcome.pagesPicture]);
  const anyRead = pages.some((p) => p.hasText || read.has(p.page));
  const reasonOf = (n: number) =>
    unreadableReasons.get(n) ?? "no text layer (scanned image?)";
  const why =
    pagesWithoutText.length === 1
      ? reasonOf(pagesWithoutText[0] as number)
      : pagesWithoutText.map((n) => `page ${n}: ${reasonOf(n)}`).join("; ");
  if (!anyRead)
    return problemOf(
      doc,
      "no-text",
      pagesWithoutText.length === 0
        ? "no page has a text layer (blank pages)"
        : `no page can be read (${why})`,
      pagesWithoutText,
    );
  if (pagesWithoutText.length > 0)
    return problemOf(
      doc,
      "partial-text",
      `${plural(pagesWithoutText.length, "page", "pages")} ${pagesWithoutText.join(", ")} cannot be read (${why})`,
      pagesWithoutText,
    );
  return { status: "ok", problem: null };
}
