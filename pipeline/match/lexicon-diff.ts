import type { Term } from "../types.js";
import {
  compileLexicon,
  phraseStems,
  type CompiledLexicon,
} from "./lexicon.js";

/** What a lexicon edit changed, as far as stored mentions are concerned. */
export type LexiconDiff = {
  /** Terms added, removed or edited (phrase, concept or headline), by id. */
  readonly changedIds: ReadonlySet<string>;
  /** Stem lists of the added and edited phrases: a page can hold a new mention only if it has all of one. */
  readonly newStems: readonly (readonly string[])[];
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
    newTerms: compileLexicon(changed),
  };
}

/**
 * True when a page (given the stems it holds) may gain a mention under the new lexicon. A page that fails this
 * and has no mention of a changed term keeps exactly the mentions it had.
 */
export function mayGainMention(
  pageStems: Pick<ReadonlySet<string>, "has">,
  diff: LexiconDiff,
): boolean {
  return diff.newStems.some((stems) => stems.every((s) => pageStems.has(s)));
}
