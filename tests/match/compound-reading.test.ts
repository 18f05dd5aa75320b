import fc from "fast-check";
import {
  analysePage,
  compileLexicon,
  holdsAnyTerm,
  isJoiningSeparator,
  matchPage,
  mayHoldPair,
  pairKey,
  resolveOverlaps,
  stem,
  stemHash,
  type Candidate,
  type CompiledLexicon,
} from "../../pipeline/match/index.js";
import { normaliseReadings, tokenise } from "../../pipeline/normalise/index.js";
import type { Term } from "../../pipeline/types.js";
import { LEXICON_V1 } from "./lexicon-fixture.js";

// The compound reading of a page is searched only around its line-end hyphens (match-page.ts, junctionTokens):
// elsewhere it holds the joined reading's tokens. Pinned here against the plain reading of spec §Tokens: every
// token of both readings stemmed, every phrase tried at every token, the candidates resolved together.

/** Spec §Tokens, written out plainly for stem phrases: the oracle. */
function reference(raw: string, lexicon: CompiledLexicon) {
  const stems = new Set<string>();
  const pairs: [string, string][] = [];
  const candidates: Candidate[] = [];
  for (const reading of normaliseReadings(raw)) {
    const tokens = tokenise(reading.text);
    const tokenStems = tokens.map((t) => stem(t.text));
    for (const s of tokenStems) stems.add(s);
    tokenStems.forEach((s, k) => {
      const before = tokenStems[k - 1];
      if (before !== undefined) pairs.push([before, s]);
    });
    tokens.forEach((_, i) => {
      lexicon.terms.forEach((term, order) => {
        const words = tokenise(term.phrase).map((t) => stem(t.text));
        const fits = words.every(
          (w, k) =>
            tokenStems[i + k] === w &&
            (k === 0 ||
              isJoiningSeparator(
                reading.text.slice(
                  tokens[i + k - 1]?.end,
                  tokens[i + k]?.start,
                ),
              )),
        );
        const first = tokens[i];
        const last = tokens[i + words.length - 1];
        if (!fits || first === undefined || last === undefined) return;
        candidates.push({
          termId: term.id,
          span: {
            start: reading.toRaw[first.start] as number,
            end: reading.toRawEnd[last.end - 1] as number,
          },
          tokenCount: words.length,
          termOrder: order,
        });
      });
    });
  }
  const mentions = resolveOverlaps(candidates).map((c) => ({
    termId: c.termId,
    span: c.span,
  }));
  return { mentions, stems: [...stems], pairs };
}

const term = (id: string, phrase: string): Term => ({
  id,
  phrase,
  concept: "related",
  headline: false,
});
// Phrases of one to four words that line-end hyphens split, join and run across.
const LEXICON = compileLexicon([
  term("social-value", "social value"),
  term("social", "social"),
  term("value-act", "value act"),
  term("social-value-act", "social value act"),
  term("care-social-value-act", "care social value act"),
  term("socialvalue", "socialvalue"),
  term("co-production", "co production"),
]);
// Words of the phrases and pieces of them, each followed by a separator: phrases run across junctions often.
const WORDS = ["care", "social", "Social", "value", "act", "co", "production"];
const PIECES = ["so", "cial", "val", "ue", "(", ")"];
const SEPARATORS = [" ", " ", "-\n", "-\n", "- \n ", "-", "\n", ", ", ". ", ""];
const separator = fc.constantFrom(...SEPARATORS);
const word = fc.tuple(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
  ),
  separator,
);
// A whole phrase of the lexicon, its words split by any separators: most runs hold several.
const phrase = fc
  .constantFrom(...LEXICON.terms.map((t) => t.phrase.split(" ")))
  .chain((words) =>
    fc
      .array(separator, { minLength: words.length, maxLength: words.length })
      .map((separators) => words.map((w, k) => [w, separators[k] ?? ""])),
  );
const pages = fc
  .array(
    fc.oneof(
      word.map((w) => [w]),
      phrase,
    ),
    { maxLength: 12 },
  )
  .map((parts) =>
    parts
      .flat()
      .map(([w, s]) => `${w}${s}`)
      .join(""),
  );
const page = (raw: string) => ({ page: 1, raw, hasText: true });

describe("the compound reading is searched only where it differs from the joined one", () => {
  it("gives the mentions and the stems of both readings searched in full (property)", () => {
    fc.assert(
      fc.property(pages, (raw) => {
        const found = analysePage(page(raw), LEXICON);
        const expected = reference(raw, LEXICON);
        expect(
          found.mentions.map((m) => ({ termId: m.termId, span: m.span })),
        ).toEqual(expected.mentions);
        // matchPage (search) skips the stems and pairs, and stems only the tokens that may start a term.
        expect(matchPage(page(raw), LEXICON)).toEqual(found.mentions);
        // In order too: the stored stems are written in the order they were met.
        expect([...found.stems]).toEqual(expected.stems);
        // The pair filter never denies a pair of neighbours of either reading.
        const denied = expected.pairs.filter(
          ([a, b]) =>
            !mayHoldPair(found.pairs, pairKey(stemHash(a), stemHash(b))),
        );
        expect(denied).toEqual([]);
        expect(holdsAnyTerm(page(raw), LEXICON)).toBe(
          expected.mentions.length > 0,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a phrase that only the compound reading holds, before, across and after a junction", () => {
    const raw =
      "the care social value act-\nion, the social-\nvalue and social-\nact";
    const found = analysePage(page(raw), LEXICON).mentions.map((m) => [
      m.termId,
      m.surface,
    ]);
    expect(found).toEqual([
      ["care-social-value-act", "care social value act"],
      ["social-value", "social-\nvalue"],
      ["social", "social"],
    ]);
  });

  it("keeps the default lexicon's mentions on a page hyphenated throughout", () => {
    const raw =
      "Our so-\ncial value work and the Public Services (Social Va-\nlue) Act: social-\nvalue.";
    expect(analysePage(page(raw), LEXICON_V1).mentions).toEqual(
      reference(raw, LEXICON_V1).mentions.map((m) => ({
        page: 1,
        ...m,
        surface: raw.slice(m.span.start, m.span.end),
      })),
    );
  });
});
