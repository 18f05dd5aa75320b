import fc from "fast-check";
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import { stem } from "../../pipeline/match/stem.js";

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
});
