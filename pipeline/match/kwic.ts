import { createHash } from "node:crypto";
import { readableText } from "../normalise/index.js";
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
 * The words contextAround gives each side of a span and the span itself, as readable text (see readableText): cut
 * from the page as extracted, so a word broken at a line end ("com-\nmunity") is joined and "beneﬁt" reads
 * "benefit". `windowTokens` counts words as contextAround does.
 */
export function readablePassage(
  raw: string,
  span: Span,
  windowTokens: number,
): { left: string; surface: string; right: string } {
  const reach = windowTokens * 40;
  const from = Math.max(0, span.start - reach);
  const before = [...raw.slice(from, span.start).matchAll(WORD)];
  const after = [...raw.slice(span.end, span.end + reach).matchAll(WORD)];
  const first =
    windowTokens === 0
      ? undefined
      : before[Math.max(0, before.length - windowTokens)];
  const last =
    windowTokens === 0
      ? undefined
      : after[Math.min(windowTokens, after.length) - 1];
  return {
    left:
      first === undefined
        ? ""
        : readableText(
            raw.slice(wholeWordStart(raw, from + first.index), span.start),
          ),
    surface: readableText(raw.slice(span.start, span.end)),
    right:
      last === undefined
        ? ""
        : readableText(
            raw.slice(
              span.end,
              wholeWordEnd(raw, span.end + last.index + last[0].length),
            ),
          ),
  };
}

// A word broken at a line end ("com-\nmunity", spec §Normalisation 4) is one word to a reader: a window edge
// that falls inside it moves out to take the whole word, or the readable text would end in "com-".
const BROKEN_BEFORE = /\p{L}[-\u2010\u2011][^\S\n]*\r?\n\s*$/u;
const BROKEN_AFTER = /^[^\S\n]*\r?\n\s*\p{L}\S*/u;

/** Where the word starting at `start` begins once a line-end hyphen before it joins it to the word it ends. */
function wholeWordStart(raw: string, start: number): number {
  const head = raw.slice(Math.max(0, start - 80), start);
  if (!BROKEN_BEFORE.test(head) || !/^\p{L}/u.test(raw.slice(start)))
    return start;
  const word = /\S+\s*$/u.exec(head);
  return word === null ? start : start - head.length + word.index;
}

/** Where the word ending at `end` ends once a line-end hyphen at its end joins it to the next word. */
function wholeWordEnd(raw: string, end: number): number {
  if (!/\p{L}[-\u2010\u2011]$/u.test(raw.slice(Math.max(0, end - 2), end)))
    return end;
  const next = BROKEN_AFTER.exec(raw.slice(end, end + 80));
  return next === null ? end : end + next[0].length;
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
  readonly page: number;
  readonly termId: string;
  readonly passage: string;
  readonly ordinal: number;
}): string {
  const key = [
    parts.document,
    parts.page,
    parts.termId,
    parts.passage.toLowerCase(),
    parts.ordinal,
  ].join("\u0000");
  return "m" + createHash("sha256").update(key).digest("hex").slice(0, 15);
}
