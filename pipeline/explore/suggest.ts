import { STOPWORDS } from "../match/index.js";
import type { Span } from "../types.js";
import { signedKeyness } from "./keyness.js";
import { tokenRange, type PageToken } from "./page-tokens.js";

/** A page for suggestions: its tokens (what is left out, running lines for one, never among them), and the concept's mentions on it. */
export type SuggestPage = {
  readonly plan: string;
  readonly document: string;
  readonly page: number;
  readonly tokens: readonly PageToken[];
  readonly mentions: readonly Span[];
  /** Every stored mention on the page, of any concept: phrases inside one are what the lexicon has already. */
  readonly known: readonly Span[];
};

/** A phrase the lexicon lacks that stands in the same contexts as the concept's mentions. */
export type Suggestion = {
  readonly phrase: string;
  readonly count: number;
  readonly plans: number;
  /** Cosine between the words around the phrase and the words around the mentions (0-1). */
  readonly shared: number;
  /** Signed log-likelihood of its count inside the mentions' windows against the rest of the corpus (above 0). */
  readonly keyness: number;
  /** One place it stands: document, page and the words around it. */
  readonly example: string;
};

const isContent = (w: string) =>
  !STOPWORDS.has(w) && /\p{L}/u.test(w) && w.length > 1;

/** What is known of one candidate phrase while the pages are counted. */
type Gram = {
  count: number;
  inside: number;
  plans: Set<string>;
  context: Map<string, number>;
  example: string;
};

/**
 * Marks each token of a page: 2 inside one of the concept's mentions, 1 in the window of `w` tokens around one,
 * 3 in a window and inside another known mention, 2 inside a known mention elsewhere, 0 otherwise. Counts the
 * content words of the windows into `profile`.
 */
function markWindows(
  p: SuggestPage,
  w: number,
  profile: Map<string, number>,
): Uint8Array {
  const marks = new Uint8Array(p.tokens.length);
  for (const span of p.mentions) {
    const range = tokenRange(p.tokens, span);
    if (range === null) continue;
    for (
      let i = Math.max(0, range[0] - w);
      i <= Math.min(p.tokens.length - 1, range[1] + w);
      i++
    ) {
      marks[i] =
        i >= range[0] && i <= range[1] ? 2 : Math.max(marks[i] as number, 1);
      const word = (p.tokens[i] as PageToken).word;
      if (marks[i] === 1 && isContent(word))
        profile.set(word, (profile.get(word) ?? 0) + 1);
    }
  }
  for (const span of p.known) {
    const range = tokenRange(p.tokens, span);
    if (range !== null)
      for (let i = range[0]; i <= range[1]; i++)
        marks[i] = marks[i] === 1 ? 3 : Math.max(marks[i] as number, 2);
  }
  return marks;
}

/**
 * The last token of each 2- and 3-word phrase starting at token `i`, with the phrase: never across
 * phrase-breaking punctuation, no stopword at either end, not part of a mention.
 */
function phrasesAt(
  p: SuggestPage,
  marks: Uint8Array,
  i: number,
): { end: number; phrase: string }[] {
  const found: { end: number; phrase: string }[] = [];
  for (const size of [2, 3]) {
    const end = i + size - 1;
    if (end >= p.tokens.length) break;
    const words = p.tokens.slice(i, end + 1);
    if (words.slice(0, -1).some((t) => !t.joinsNext)) break;
    if (
      !isContent(words[0]?.word ?? "") ||
      !isContent(words[size - 1]?.word ?? "")
    )
      continue;
    if (marks.subarray(i, end + 1).some((m) => m >= 2)) continue; // part of a mention
    found.push({ end, phrase: words.map((t) => t.word).join(" ") });
  }
  return found;
}

/** Counts one occurrence of `phrase` (tokens `i`..`end` of the page), and the profile words around it. */
function countPhrase(
  grams: Map<string, Gram>,
  p: SuggestPage,
  marks: Uint8Array,
  at: { readonly i: number; readonly end: number; readonly phrase: string },
  profile: ReadonlyMap<string, number>,
  w: number,
): void {
  const { i, end, phrase } = at;
  let e = grams.get(phrase);
  if (e === undefined) {
    const around = p.tokens
      .slice(Math.max(0, i - 4), end + 5)
      .map((t) => t.word);
    e = {
      count: 0,
      inside: 0,
      plans: new Set(),
      context: new Map(),
      example: `${p.document} p${p.page}: …${around.join(" ")}…`,
    };
    grams.set(phrase, e);
  }
  e.count++;
  if (marks[i] === 1 || marks[i] === 3) e.inside++;
  e.plans.add(p.plan);
  for (
    let k = Math.max(0, i - w);
    k <= Math.min(p.tokens.length - 1, end + w);
    k++
  ) {
    const word = (p.tokens[k] as PageToken).word;
    if (k >= i && k <= end) continue;
    if (profile.has(word)) e.context.set(word, (e.context.get(word) ?? 0) + 1);
  }
}

/** Every candidate phrase of the pages, with the tokens in the mentions' windows and in all. */
function countGrams(
  pages: readonly SuggestPage[],
  inWindow: readonly Uint8Array[],
  profile: ReadonlyMap<string, number>,
  w: number,
): { grams: Map<string, Gram>; insideTokens: number; allTokens: number } {
  const grams = new Map<string, Gram>();
  let insideTokens = 0;
  let allTokens = 0;
  pages.forEach((p, pi) => {
    const marks = inWindow[pi] as Uint8Array;
    allTokens += p.tokens.length;
    for (const m of marks) if (m === 1 || m === 3) insideTokens++;
    for (let i = 0; i < p.tokens.length; i++)
      for (const { end, phrase } of phrasesAt(p, marks, i))
        countPhrase(grams, p, marks, { i, end, phrase }, profile, w);
  });
  return { grams, insideTokens, allTokens };
}

/**
 * Each context word weighs by how rare it is in the corpus (idf, log(N / count)): words found everywhere
 * ("health", "working") say little about a context. Weighs `profile` in place and gives the weight.
 */
function weighByIdf(
  pages: readonly SuggestPage[],
  profile: Map<string, number>,
  allTokens: number,
): (word: string) => number {
  const frequency = new Map<string, number>();
  for (const p of pages)
    for (const t of p.tokens)
      if (profile.has(t.word))
        frequency.set(t.word, (frequency.get(t.word) ?? 0) + 1);
  const idf = (word: string) =>
    Math.log(allTokens / Math.max(1, frequency.get(word) ?? 1));
  for (const [word, n] of profile) profile.set(word, n * idf(word));
  return idf;
}

/** Cosine between a phrase's idf-weighted context and the weighted profile of norm `norm`. */
function cosine(
  context: ReadonlyMap<string, number>,
  profile: ReadonlyMap<string, number>,
  norm: number,
  idf: (word: string) => number,
): number {
  let dot = 0;
  let sq = 0;
  for (const [word, n] of context) {
    const weighted = n * idf(word);
    dot += weighted * (profile.get(word) ?? 0);
    sq += weighted * weighted;
  }
  return sq === 0 ? 0 : dot / (norm * Math.sqrt(sq));
}

/**
 * Keyness first; on a tie the more frequent, then the longer phrase (it holds the evidence of its parts, so
 * "community wealth building" before "community wealth"), then by code units, so one database always lists
 * the same order.
 */
const byKeyness = (a: Suggestion, b: Suggestion) =>
  b.keyness - a.keyness ||
  b.count - a.count ||
  b.phrase.split(" ").length - a.phrase.split(" ").length ||
  (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0);

/**
 * 2- and 3-word phrases (never across phrase-breaking punctuation, no stopword at either end, seen at least
 * `minCount` times) that stand in the concept's mentions' windows more often than in the rest of the corpus,
 * ranked by that keyness (signedKeyness: the windows are the target, the rest the reference, as a keyword list
 * compares a corpus with a reference corpus); `shared` says how alike the words around them are to the words
 * around the mentions (cosine of the two context profiles, each word weighted by its idf). `isKnown` drops
 * phrases the lexicon already matches.
 */
export function suggestPhrases(
  pages: readonly SuggestPage[],
  isKnown: (phrase: string) => boolean,
  options: { readonly windowTokens: number; readonly minCount: number },
): Suggestion[] {
  const w = options.windowTokens;
  // The concept's profile, and which token positions fall in its windows.
  const profile = new Map<string, number>();
  const inWindow = pages.map((p) => markWindows(p, w, profile));
  const { grams, insideTokens, allTokens } = countGrams(
    pages,
    inWindow,
    profile,
    w,
  );
  const idf = weighByIdf(pages, profile, allTokens);
  const norm = Math.sqrt([...profile.values()].reduce((s, v) => s + v * v, 0));
  const out: Suggestion[] = [];
  for (const [phrase, e] of grams) {
    if (e.count < options.minCount || norm === 0 || isKnown(phrase)) continue;
    const keyness = signedKeyness({
      targetCount: e.inside,
      targetWords: insideTokens,
      referenceCount: e.count - e.inside,
      referenceWords: allTokens - insideTokens,
    });
    if (!(keyness > 0)) continue;
    out.push({
      phrase,
      count: e.count,
      plans: e.plans.size,
      shared: cosine(e.context, profile, norm, idf),
      keyness,
      example: e.example,
    });
  }
  return out.sort(byKeyness);
}
