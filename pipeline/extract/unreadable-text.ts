// A font without a Unicode mapping (Type3 glyph procedures, subset TrueType fonts without ToUnicode) makes pdf.js
// return the raw glyph codes: control characters, NULs, U+FFFD or private-use code points, or ASCII punctuation
// that stands for nothing. Such a page has characters but no text a person (or the matcher) could read, so it is
// reported like a scanned page rather than counted as read.

import { isWhitespace } from "../normalise/index.js";

/**
 * A character that never occurs in readable extracted text (one code point): C0/C1 controls other than whitespace,
 * U+FFFD, private use.
 */
const GARBAGE =
  /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff\u{f0000}-\u{10ffff}]$/u;
/** Symbols: neither whitespace nor letters (any script, so Arabic, CJK, Thai and Hebrew count), marks or digits. */
const SYMBOL = /[^\s\p{L}\p{M}\p{N}]/gu;
/** Dot leaders and rules in contents pages and tables (`.....`, `. . . .`, `-----`): one symbol three times or more. */
const LEADERS = new RegExp(`(${SYMBOL.source})(?:\\s*\\1){2,}`, "gu");

/** More than this share of garbage characters among the non-space characters: unreadable. */
const MAX_GARBAGE_SHARE = 0.3;
/** Fewer than this share of letters and digits among the non-space characters (leaders left out): unreadable. */
const MIN_WORDLIKE_SHARE = 0.5;
/** Below this many non-space characters the letter share says little (a lone "•" or "—" on a page is not garbage). */
const MIN_CHARS_FOR_SHARE = 10;

/** One code point (a lone surrogate is one too) that SYMBOL matches. */
const ONE_SYMBOL = new RegExp(`^${SYMBOL.source}$`, "u");

type CharCounts = {
  /** Code points that are not whitespace. */
  readonly visible: number;
  /** Code points GARBAGE matches. */
  readonly garbage: number;
  /** Code points SYMBOL matches. */
  readonly symbols: number;
};

/**
 * What GARBAGE and SYMBOL would count, and the code points that are not whitespace, in one pass: ASCII (nearly all
 * of an English page) is classed by its code (the same sets), anything else by the two patterns on that code point.
 */
function countChars(text: string): CharCounts {
  let visible = 0;
  let garbage = 0;
  let symbols = 0;
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i) as number;
    i += c > 0xffff ? 2 : 1;
    // Each count keeps its own pattern's idea of a space: GARBAGE counts VT and FF, SYMBOL uses \s.
    if (c < 0x80) {
      const space = isWhitespace(c);
      if (!space) visible++;
      if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0x7f)
        garbage++;
      const wordlike =
        (c >= 0x30 && c <= 0x39) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x61 && c <= 0x7a);
      if (!space && !wordlike) symbols++;
      continue;
    }
    if (c > 0xffff || !isWhitespace(c)) visible++;
    const char = String.fromCodePoint(c);
    if (GARBAGE.test(char)) garbage++;
    if (ONE_SYMBOL.test(char)) symbols++;
  }
  return { visible, garbage, symbols };
}

/**
 * True when a page's extracted text is present but cannot be read: mostly control, replacement or private-use
 * characters, or (on pages with enough characters) mostly symbols rather than letters and digits.
 * Whitespace is ignored; a page with only whitespace is not "unreadable", it has no text at all.
 * Counts come from one loop over the text (see countChars): this runs on every page read.
 */
export function isUnreadableText(text: string): boolean {
  const all = countChars(text);
  if (all.visible === 0) return false;
  if (all.garbage / all.visible > MAX_GARBAGE_SHARE) return true;
  // Leaders are symbols and spaces only, so taking them out never lowers the share of letters and digits: a page
  // whose share is high enough with them in is readable, and most pages are decided here without the rewrite.
  if ((all.visible - all.symbols) / all.visible >= MIN_WORDLIKE_SHARE)
    return false;
  // A space, not "", where leaders were, so that what is left never fuses into new characters.
  const counted = countChars(text.replace(LEADERS, " "));
  if (counted.visible < MIN_CHARS_FOR_SHARE) return false;
  return (
    (counted.visible - counted.symbols) / counted.visible < MIN_WORDLIKE_SHARE
  );
}
