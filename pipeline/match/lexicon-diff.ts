import type { Term } from "../types.js";
import {
  compileLexicon,
  phrasePairs,
  phraseStems,
  type CompiledLexicon,
} from "./lexicon.js";
import { mayHoldPair } from "./stem-pairs.js";

/** What a lexicon edit changed, as far as stored mentions are concerned. */
export type LexiconDiff = {
  /** Terms added, removed or edited (phrase, concept or headline), by id. */
  readonly changedIds: ReadonlySet<string>;
  /** Stem lists of the added and edited phrases: a page can hold a new mention only if it has all of one. */
  readonly newStems: readonly (readonly string[])[];
  /** The pair keys of each of those phrases' neighbouring stems, in the same order (lexicon.ts, phrasePairs). */
  readonly newPairs: readonly (readonly number[])[];
  /** The added and edited terms as they are now, compiled: a page can hold a new mention only where one occurs. */
  readonly newTerms: CompiledLexicon;
};

/** Compares the lexicon of the last scan with the new one. */
export function diffLexicon(
  before: readonly Term[],
  after: readonly Term[],
): LexiconDiff {
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  const same = (a: Term, b: Term) =>
    a.phrase === b.phrase &&
    a.concept === b.concept &&
    a.headline === b.headline;
  const changed = after.filter(
    (t) => !old.has(t.id) || !same(old.get(t.id) as Term, t),
  );
  const removed = before.filter((t) => !now.has(t.id));
  return {
    changedIds: new Set([...changed, ...removed].map((t) => t.id)),
    newStems: changed.map((t) => phraseStems(t.phrase)),
    newPairs: changed.map((t) => phrasePairs(t.phrase)),
    newTerms: compileLexicon(changed),
  };
}

/** What is stored of a page's stems (store/snapshot.ts): asked about one stem, or one pair, at a time. */
export type StemsOnPage = {
  has(stem: string): boolean;
  /** The page's filter of adjacent stem pairs; null for a page stored before it was kept. */
  readonly pairs: Uint8Array | null;
};

/**
 * True when a page may gain a mention under the new lexicon: it holds every stem of a new phrase and, as far as its
 * filter of adjacent pairs tells, each of them beside the next. A page that fails this and has no mention of a
 * changed term keeps exactly the mentions it had.
 */
export function mayGainMention(page: StemsOnPage, diff: LexiconDiff): boolean {
  return diff.newStems.some(
    (stems, i) =>
      stems.every((s) => page.has(s)) &&
      (page.pairs === null ||
        (diff.newPairs[i] ?? []).every((key) =>
          mayHoldPair(page.pairs as Uint8Array, key),
        )),
  );
}
