import fc from "fast-check";
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import { stem, stemInitial } from "../../pipeline/match/stem.js";

describe("a token's stem is natural's Porter stem of it in lower case", () => {
  it.each([
    ["Values", "valu"],
    ["communities", "commun"],
    ["SOCIAL", "social"],
    ["2016", "2016"],
    ["本公司债券", "本公司债券"],
    ["résumé", "résumé"],
  ])("%s → %s", (token, expected) => {
    expect(stem(token)).toBe(expected);
  });

  it("for any token, including those the stemmer is skipped for (not ending in a-z)", () => {
    const letters = [..."aeiouyslnbdgtzcmrwxEISY0129éßİ本ع'"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }),
        (chars) => {
          const token = chars.join("");
          expect(stem(token)).toBe(PorterStemmer.stem(token.toLowerCase()));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("starts as the lower-cased token does, so stemInitial tells it without stemming", () => {
    // Endings the stemmer rewrites (ies, sses, eed, ed, ing, ational, biliti, ...) on stems as short as one letter,
    // and words of other scripts and cases.
    const parts = [
      ..."aeiouyslnbdgtzcmrwxEISYéßİΣ本ع'",
      "ies",
      "sses",
      "eed",
      "ed",
      "ing",
      "ational",
      "biliti",
      "ization",
      "alli",
      "ness",
      "ement",
      "ll",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 6 }),
        (chunks) => {
          const token = chunks.join("");
          expect(stemInitial(token)).toBe(stem(token).charCodeAt(0));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
