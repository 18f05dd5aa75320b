// A font without a Unicode mapping (Type3 glyph procedures, subset TrueType fonts without ToUnicode) makes pdf.js
// return the raw glyph codes: control characters, NULs, U+FFFD or private-use code points, or ASCII punctuation
// that stands for nothing. Such a page has characters but no text a person (or the matcher) could read, so it is
// reported like a scanned page rather than counted as read.

import { isWhitespace } from "../normalise/index.js";

/** Characters that never occur in readable extracted text: C0/C1 controls other than whitespace, U+FFFD, private use. */
const GARBAGE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff\u{f0000}-\u{10ffff}]/gu;
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

/** Code points that are not whitespace (a surrogate pair is one, a lone surrogate too, as in `[...text]`). */
function visibleChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const high = text.charCodeAt(i - 1);
      if (i === 0 || high < 0xd800 || high > 0xdbff) n++;
    } else if (!isWhitespace(c)) n++;
  }
  return n;
}

const countOf = (pattern: RegExp, text: string) =>
  text.match(pattern)?.length ?? 0;

/**
 * True when a page's extracted text is present but cannot be read: mostly control, replacement or private-use
 * characters, or (on pages with enough characters) mostly symbols rather than letters and digits.
 * Whitespace is ignored; a page with only whitespace is not "unreadable", it has no text at all.
 * Counts come from one loop and whole-string matches, not from a regular expression per character: this runs
 * on every page read.
 */
export function isUnreadableText(text: string): boolean {
  const chars = visibleChars(text);
  if (chars === 0) return false;
  if (countOf(GARBAGE, text) / chars > MAX_GARBAGE_SHARE) return true;
  // Leaders are symbols and spaces only, so taking them out never lowers the share of letters and digits: a page
  // whose share is high enough with them in is readable, and most pages are decided here without the rewrite.
  if ((chars - countOf(SYMBOL, text)) / chars >= MIN_WORDLIKE_SHARE)
    return false;
  // A space, not "", where leaders were, so that what is left never fuses into new characters.
  const counted = text.replace(LEADERS, " ");
  const countedChars = visibleChars(counted);
  if (countedChars < MIN_CHARS_FOR_SHARE) return false;
  const wordlike = countedChars - countOf(SYMBOL, counted);
  return wordlike / countedChars < MIN_WORDLIKE_SHARE;
}
