import { createHash } from "node:crypto";
import { normalise } from "../normalise/index.js";
import type { PageText, TextFingerprint } from "../types.js";

export type { TextFingerprint };

/** A word: a run of non-space characters holding a letter or a digit. */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

/**
 * Spec v2.1 point 3: what "the same normalised text" compares, from each page's normalised text in page order
 * (as matching made it: match/record-mentions.ts gives it; "" for a page without text).
 */
export function fingerprintOfTexts(texts: readonly string[]): TextFingerprint {
  let words = 0;
  const pageHashes = texts.map((normalised) => {
    const text = normalised.replace(/\s+/gu, " ").trim();
    if (text === "") return "";
    words += text.match(WORD)?.length ?? 0;
    return createHash("sha256").update(text).digest("hex").slice(0, 32);
  });
  return { pageHashes, words };
}

/** The same from pages as stored, normalised here: pages without text (a scan, glyph codes) count as empty. */
export const textFingerprint = (pages: readonly PageText[]): TextFingerprint =>
  fingerprintOfTexts(
    [...pages]
      .sort((a, b) => a.page - b.page)
      .map((p) => (p.hasText ? normalise(p.raw).text : "")),
  );
