import {
  analysePage,
  compileLexicon,
  diffLexicon,
  mayGainMention,
  mayHoldPair,
  pairFilter,
  pairKey,
  phrasePairs,
  stemHash,
} from "../../pipeline/match/index.js";
import { PairKeys } from "../../pipeline/match/stem-pairs.js";
import type { Term } from "../../pipeline/types.js";

// A page's filter of adjacent stem pairs (match/stem-pairs.ts) lets a lexicon edit skip pages that hold a new
// phrase's stems apart. It may let an absent pair through, never turn a present one away (the property test of
// compound-reading.test.ts pins the second on generated pages).
const term = (id: string, phrase: string): Term => ({
  id,
  phrase,
  concept: "related",
  headline: false,
});
const page = (raw: string) => ({ page: 1, raw, hasText: true });
const stored = (raw: string, withFilter = true) => {
  const analysis = analysePage(page(raw), compileLexicon([]));
  return {
    has: (s: string) => analysis.stems.has(s),
    pairs: withFilter ? analysis.pairs : null,
  };
};

describe("the pair filter of a page", () => {
  const diff = diffLexicon([], [term("integrated-care", "integrated care")]);

  it("turns away a page that holds a new phrase's stems only apart or in the other order", () => {
    expect(
      mayGainMention(stored("Integrated services. Care at home."), diff),
    ).toBe(false);
    expect(mayGainMention(stored("care integrated"), diff)).toBe(false);
  });

  it("lets through a page that holds the phrase, in any form of its words, and one stored without a filter", () => {
    expect(mayGainMention(stored("We integrate care."), diff)).toBe(true);
    expect(mayGainMention(stored("Integrating\nCare"), diff)).toBe(true);
    // Across a line-end hyphen, in the compound reading only: "integrated-care".
    expect(mayGainMention(stored("fully integrated-\ncare"), diff)).toBe(true);
    expect(
      mayGainMention(stored("Integrated services. Care.", false), diff),
    ).toBe(true);
  });

  it("asks every neighbouring pair of a longer phrase, and none across a glob", () => {
    expect(phrasePairs("social value act")).toHaveLength(2);
    expect(phrasePairs("social * value")).toEqual([]);
    expect(phrasePairs("value")).toEqual([]);
    const act = diffLexicon([], [term("sva", "social value act")]);
    // Pairs of neighbouring tokens, whatever stands between them: the matcher judges the separator.
    expect(mayGainMention(stored("the Social Value, Act"), act)).toBe(true);
    expect(mayGainMention(stored("social value, the act"), act)).toBe(false);
    expect(mayGainMention(stored("value social act"), act)).toBe(false);
  });

  it("lets through few absent pairs: under 3% at the size it is made for", () => {
    // A fixed sequence of keys (a linear congruential generator), so the figure is the same on every run.
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
    for (const size of [1, 40, 300, 5000]) {
      const keys = new PairKeys();
      for (let i = 0; i < size; i++) keys.add(next());
      const filter = pairFilter(keys);
      expect(filter.length & (filter.length - 1)).toBe(0);
      for (const key of keys.view())
        expect(mayHoldPair(filter, key)).toBe(true);
      let passed = 0;
      for (let i = 0; i < 20000; i++) if (mayHoldPair(filter, next())) passed++;
      expect(passed / 20000).toBeLessThan(0.03);
    }
  });

  it("proves nothing when it is not one that pairFilter makes (a damaged row): every pair may be there", () => {
    const key = pairKey(stemHash("integr"), stemHash("care"));
    expect(mayHoldPair(new Uint8Array(0), key)).toBe(true);
    expect(mayHoldPair(new Uint8Array(12), key)).toBe(true);
    expect(mayHoldPair(new Uint8Array(16), key)).toBe(false);
  });
});
