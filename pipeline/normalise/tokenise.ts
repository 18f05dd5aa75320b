/** A token of normalised text: [start, end) are offsets into the normalised text, not the raw text. */
export type Token = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
};

// Spec §Tokens: a run of letters/digits, an internal apostrophe allowed. Combining marks stay with their letter.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;

/** Splits normalised text into tokens with their offsets in that text. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
