/** A token of normalised text: [start, end) are offsets into the normalised text, not the raw text. */
export type Token = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
};

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = 0x27;

/** A letter, digit or combining mark (spec §Tokens), with ASCII answered without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39)
    );
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordChar(text, i - 1); // second half of a surrogate pair
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/**
 * Spec §Tokens: a token is a run of letters/digits (combining marks stay with their letter), an internal
 * apostrophe allowed ("plan's"). Returns the tokens with their offsets in the normalised text.
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < text.length && isWordChar(text, j)) j++;
      if (
        text.charCodeAt(j) === APOSTROPHE &&
        j + 1 < text.length &&
        isWordChar(text, j + 1)
      )
        j += 2;
      else break;
    }
    tokens.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return tokens;
}
