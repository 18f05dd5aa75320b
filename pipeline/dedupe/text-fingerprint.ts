import { createHash } from "node:crypto";
import { normalise } from "../normalise/index.js";
import type { PageText } from "../types.js";

/**
 * A document's text as the duplicate rules compare it (spec v2.1 point 3): each page's normalised text with
 * its whitespace collapsed, hashed ("" for a page with no text), and the words of all its pages.
 */
export type TextFingerprint = {
  readonly pageHashes: readonly string[];
  readonly words: number;
};

const WORD = /[\p{L}\p{N}]/u;

/** The text a page contributes: none for a page whose text nobody can read (glyph codes, a failed OCR). */
const pageText = (page: PageText): string =>
  page.source === "unreadable"
    ? ""
    : normalise(page.raw).text.replace(/\s+/gu, " ").trim();

/** Spec v2.1 point 3: what "the same normalised text" compares, page by page, in page order. */
export function textFingerprint(pages: readonly PageText[]): TextFingerprint {
  let words = 0;
  const pageHashes = [...pages]
    .sort((a, b) => a.pageNumber - b.pageNumber)
    .map((page) => {
      const text = pageText(page);
      if (text === "") return "";
      for (const w of text.split(" ")) if (WORD.test(w)) words++;
      return createHash("sha256").update(text).digest("hex").slice(0, 32);
    });
  return { pageHashes, words };
}
