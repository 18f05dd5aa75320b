import { createHash } from "node:crypto";
import type { Span } from "../types.js";

const WORD = /\S+/g;

/** Up to `windowTokens` whitespace-separated words each side of a span, whitespace collapsed to one space. */
export function contextAround(
  raw: string,
  span: Span,
  windowTokens: number,
): { left: string; right: string } {
  const before =
    raw
      .slice(Math.max(0, span.start - windowTokens * 40), span.start)
      .match(WORD) ?? [];
  const after =
    raw.slice(span.end, span.end + windowTokens * 40).match(WORD) ?? [];
  // A word cut by the span (e.g. "(Social Value) Act" ends mid-bracket) stays whole on its side.
  const left = windowTokens === 0 ? [] : before.slice(-windowTokens);
  const right = windowTokens === 0 ? [] : after.slice(0, windowTokens);
  return { left: left.join(" "), right: right.join(" ") };
}

/**
 * Words each side of a mention that its id hashes. Frozen at 8, the context window ids were first made with, so
 * every id stored by earlier versions stays valid; it is not WINDOW_TOKENS: changing how much context is shown
 * must not orphan verdicts.
 */
export const ID_WINDOW_TOKENS = 8;

/**
 * A mention's stable id: the same document, page, term and surrounding words give the same id on every scan,
 * so audit verdicts stay attached when a document is re-scanned. `passage` is the surface with
 * ID_WINDOW_TOKENS words each side, whatever context is shown. `ordinal` tells apart identical passages
 * on one page.
 */
export function mentionId(parts: {
  readonly document: string;
  readonly pageNumber: number;
  readonly termId: string;
  readonly passage: string;
  readonly ordinal: number;
}): string {
  const key = [
    parts.document,
    parts.pageNumber,
    parts.termId,
    parts.passage.toLowerCase(),
    parts.ordinal,
  ].join("\u0000");
  return "m" + createHash("sha256").update(key).digest("hex").slice(0, 15);
}
