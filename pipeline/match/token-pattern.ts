import { normalise, tokenise } from "../normalise/index.js";
import { isJoiningSeparator } from "./separator.js";
import { stem } from "./stem.js";
import { compileGlob, type GlobMatcher } from "./glob-matcher.js";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

/**
 * How one token of a phrase is compared with a token of page text: by Porter stem (spec §Tokens), by the word
 * lower-cased (`exact`), or by a glob on the word as written, case-insensitive (`*` any run of characters,
 * `?` one character), as quanteda's glob patterns and AntConc's wildcards read.
 */
export type TokenPattern =
  | { readonly kind: "stem"; readonly stem: string }
  | { readonly kind: "exact"; readonly word: string }
  | {
      readonly kind: "glob";
      readonly glob: string;
      /** Whether a word as written fits the glob (glob-matcher.ts). */
      readonly matches: GlobMatcher;
    };

/** Why a phrase cannot be read as token patterns (compilePhrase): the reason of an empty phrase. */
export const EMPTY_PHRASE = "empty phrase";

// `*` and `?` are not word characters, so the tokeniser would drop them: they stand in as two letters no page
// text of a query holds (Latin letters of click consonants), so that a glob stays one token.
const STAR = "\u01c2";
const ONE = "\u01c1";

/** The glob of a token written back with `*` and `?`. */
const globText = (token: string) =>
  token.replaceAll(STAR, "*").replaceAll(ONE, "?");

/** True when a glob has no literal character and so matches every word ("*", "?*", "**"). */
export function matchesEveryWord(pattern: TokenPattern): boolean {
  if (pattern.kind !== "glob") return false;
  const literal = pattern.glob.replace(/[*?]/g, "");
  const ones = pattern.glob.length - pattern.glob.replaceAll("?", "").length;
  return literal === "" && pattern.glob.includes("*") && ones <= 1;
}

/**
 * Reads a phrase exactly as page text is read (normalised, tokenised; spec §Normalisation, §Tokens), each token
 * a stem, or with `exact` the word itself; a token holding `*` or `?` is a glob, and then every other token of
 * the phrase is an exact word. Fails on an empty phrase and
 * on punctuation that would break the phrase in page text (spec §Tokens: . , ; : ! /).
 */
export function compilePhrase(
  phrase: string,
  options: { readonly exact?: boolean } = {},
): Result<readonly TokenPattern[]> {
  const text = normalise(phrase)
    .text.replaceAll("*", STAR)
    .replaceAll("?", ONE);
  const tokens = tokenise(text);
  if (tokens.length === 0) return fail({ reason: EMPTY_PHRASE });
  const gaps = [
    text.slice(0, tokens[0]?.start),
    ...tokens.slice(1).map((t, k) => text.slice(tokens[k]?.end, t.start)),
    text.slice(tokens[tokens.length - 1]?.end),
  ];
  if (!gaps.every(isJoiningSeparator))
    return fail({ reason: "punctuation that would break it in page text" });
  const isGlob = (t: string) => t.includes(STAR) || t.includes(ONE);
  // A phrase with a glob is read on the words as written, all of it (quanteda's glob patterns): "social valu*"
  // is "social" then a word starting "valu", so "socially valuable" (stem "social") stays out.
  const exact = options.exact === true || tokens.some((t) => isGlob(t.text));
  const patterns = tokens.map((t): TokenPattern => {
    if (isGlob(t.text))
      return {
        kind: "glob",
        glob: globText(t.text),
        matches: compileGlob(globText(t.text)),
      };
    return exact
      ? { kind: "exact", word: t.text.toLowerCase() }
      : { kind: "stem", stem: stem(t.text) };
  });
  return ok(patterns);
}

/** True when a token of page text (its word as written and its stem) fits a pattern. */
export function tokenMatches(
  pattern: TokenPattern,
  word: string,
  wordStem: string,
): boolean {
  switch (pattern.kind) {
    case "stem":
      return pattern.stem === wordStem;
    case "exact":
      return pattern.word === word.toLowerCase();
    case "glob":
      return pattern.matches(word);
  }
}

/** A pattern as text, for keys and messages: the stem, "=word" for an exact word, or the glob. */
export function patternKey(pattern: TokenPattern): string {
  switch (pattern.kind) {
    case "stem":
      return pattern.stem;
    case "exact":
      return `=${pattern.word}`;
    case "glob":
      return pattern.glob.toLowerCase();
  }
}
