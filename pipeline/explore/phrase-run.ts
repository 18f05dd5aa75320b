import { tokenise, type Token } from "../normalise/index.js";
import {
  isJoiningSeparator,
  stem,
  tokenMatches,
  type TokenPattern,
} from "../match/index.js";

/** True when `tokens[i..]` fit the patterns one after another, each separator one a phrase runs on across. */
function runAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  patterns: readonly TokenPattern[],
): boolean {
  for (let k = 0; k < patterns.length; k++) {
    const t = tokens[i + k];
    if (t === undefined) return false;
    if (!tokenMatches(patterns[k] as TokenPattern, t.text, stem(t.text)))
      return false;
    if (
      k > 0 &&
      !isJoiningSeparator(text.slice((tokens[i + k - 1] as Token).end, t.start))
    )
      return false;
  }
  return true;
}

/** The run test on a whole reading, token by token. */
function readingHoldsRun(
  text: string,
  patterns: readonly TokenPattern[],
): boolean {
  const tokens = tokenise(text);
  for (let i = 0; i + patterns.length <= tokens.length; i++)
    if (runAt(text, tokens, i, patterns)) return true;
  return false;
}

const NOT_ASCII = /[^\x00-\x7f]/;

/** Characters of text read after an occurrence at first, per pattern: more only when a token reaches the end. */
const WINDOW = 64;

/** The run test at the token starting at `at` in `text`, or false when no token starts there. */
function runFrom(
  text: string,
  at: number,
  patterns: readonly TokenPattern[],
): boolean {
  const from = text.lastIndexOf(" ", at) + 1;
  const whole = text.length - from;
  for (const size of [at - from + WINDOW * patterns.length, whole]) {
    const window = text.slice(from, from + size);
    const tokens = tokenise(window);
    const i = tokens.findIndex((t) => t.start >= at - from);
    if (i === -1 || (tokens[i] as Token).start !== at - from) return false;
    const needed = tokens.slice(i, i + patterns.length);
    const cut =
      size < whole &&
      (needed.length < patterns.length ||
        needed.some((t) => t.end >= window.length - 1));
    if (!cut) return runAt(window, tokens, i, patterns);
  }
  return false;
}

/**
 * The run test on an ASCII reading, looking only where a word of the page that fits the first pattern stands:
 * lower-casing ASCII keeps every offset, and a token never holds a space, so the text from the space before an
 * occurrence on is tokenised as the whole reading is there.
 */
function asciiReadingHoldsRun(
  text: string,
  patterns: readonly TokenPattern[],
  firstWords: readonly string[],
): boolean {
  const lower = text.toLowerCase();
  for (const word of firstWords)
    for (
      let at = lower.indexOf(word);
      at !== -1;
      at = lower.indexOf(word, at + 1)
    )
      if (runFrom(text, at, patterns)) return true;
  return false;
}

/**
 * True when a reading holds tokens fitting a phrase's patterns one after another, each separator between them
 * one that lets a phrase run on (spec §Tokens): the matcher's own test on the stored readings (the very texts it
 * reads, so the same tokens), without normalising the page or mapping back to raw offsets. `words` is the page's
 * spaced list of distinct lower-cased words (either reading), from which the words fitting a first pattern that
 * is a stem or an exact word are found, so an ASCII reading is tokenised only where one stands.
 */
export function holdsRun(
  readings: readonly string[],
  patterns: readonly TokenPattern[],
  words: string,
): boolean {
  const first = patterns[0];
  // The page's words are lower-cased, so an exact first word fits only itself.
  const firstWords =
    first === undefined || first.kind === "glob"
      ? null
      : first.kind === "exact"
        ? words.includes(` ${first.word} `)
          ? [first.word]
          : []
        : words
            .split(" ")
            .filter((w) => w !== "" && tokenMatches(first, w, stem(w)));
  return readings.some((text) =>
    firstWords === null || NOT_ASCII.test(text)
      ? readingHoldsRun(text, patterns)
      : asciiReadingHoldsRun(text, patterns, firstWords),
  );
}
