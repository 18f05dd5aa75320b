// A font without a Unicode mapping (Type3 glyph procedures, subset TrueType fonts without ToUnicode) makes pdf.js
// return the raw glyph codes: control characters, NULs, U+FFFD or private-use code points, or ASCII punctuation
// that stands for nothing. Such a page has characters but no text a person (or the matcher) could read, so it is
// reported like a scanned page rather than counted as read.

/** Characters that never occur in readable extracted text: C0/C1 controls other than whitespace, U+FFFD, private use. */
const GARBAGE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff\u{f0000}-\u{10ffff}]/u;
/** Letters (any script, so Arabic, CJK, Thai and Hebrew count), combining marks (Thai, Devanagari) and digits. */
const WORDLIKE = /[\p{L}\p{M}\p{N}]/u;
/** Dot leaders and rules in contents pages and tables (`.....`, `. . . .`, `-----`): legitimate runs of punctuation. */
const LEADERS = /([^\s\p{L}\p{M}\p{N}])(?:\s*\1){2,}/gu;

/** More than this share of garbage characters among the non-space characters: unreadable. */
const MAX_GARBAGE_SHARE = 0.3;
/** Fewer than this share of letters and digits among the non-space characters (leaders left out): unreadable. */
const MIN_WORDLIKE_SHARE = 0.5;
/** Below this many non-space characters the letter share says little (a lone "•" or "—" on a page is not garbage). */
const MIN_CHARS_FOR_SHARE = 10;

/**
 * True when a page's extracted text is present but cannot be read: mostly control, replacement or private-use
 * characters, or (on pages with enough characters) mostly symbols rather than letters and digits.
 * Whitespace is ignored; a page with only whitespace is not "unreadable", it has no text at all.
 */
export function isUnreadableText(text: string): boolean {
  const chars = [...text].filter((ch) => !/\s/u.test(ch));
  if (chars.length === 0) return false;
  const garbage = chars.filter((ch) => GARBAGE.test(ch)).length;
  if (garbage / chars.length > MAX_GARBAGE_SHARE) return true;
  const counted = [...text.replace(LEADERS, "")].filter(
    (ch) => !/\s/u.test(ch),
  );
  if (counted.length < MIN_CHARS_FOR_SHARE) return false;
  const wordlike = counted.filter((ch) => WORDLIKE.test(ch)).length;
  return wordlike / counted.length < MIN_WORDLIKE_SHARE;
}
