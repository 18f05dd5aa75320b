// Character tests on UTF-16 code units, with ASCII answered without a regular expression (the hot path).

const LETTER = /\p{L}/u;
const WHITESPACE = /\s/u;

/** A letter (spec §Normalisation 4 "a letter"). */
export function isLetter(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(index) as number));
}

/** Whitespace as JavaScript's \s knows it. */
export function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** A line break inside a whitespace run. */
export function isLineBreak(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x85
  );
}
