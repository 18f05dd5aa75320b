import {
  checkTerms,
  compileLexicon,
  matchPage,
} from "../../pipeline/match/index.js";
import type { Term } from "../../pipeline/types.js";

const term = (id: string, phrase: string): Term => ({
  id,
  phrase,
  concept: "c",
  headline: true,
});
const surfaces = (terms: Term[], raw: string) =>
  matchPage({ page: 1, raw, hasText: true }, compileLexicon(terms)).map(
    (m) => `${m.termId} ${m.surface}`,
  );

describe("a lexicon phrase may hold glob tokens, read as search reads them", () => {
  it("matches words as written, case-insensitive", () => {
    expect(
      surfaces(
        [term("sv", "social valu*")],
        "Social Value, social valuable; socially valuable",
      ),
    ).toEqual(["sv Social Value", "sv social valuable"]);
  });

  it("a glob may start a term", () => {
    expect(
      surfaces(
        [term("cb", "comm* benefit")],
        "Communities benefit, community care",
      ),
    ).toEqual(["cb Communities benefit"]);
  });

  it("the longest span still wins over a glob term", () => {
    expect(
      surfaces(
        [term("sv", "social valu*"), term("act", "Social Value Act")],
        "the Social Value Act applies",
      ),
    ).toEqual(["act Social Value Act"]);
  });

  it.each([["*"], ["social *"], ["?* value"]])(
    "rejects %j, which would match every word",
    (phrase) => {
      const problems = checkTerms([term("x", phrase)]);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.reason).toMatch(/matches every word/);
    },
  );

  it("accepts a glob with a letter, and tells two equal globs apart from stems", () => {
    expect(
      checkTerms([term("a", "social valu*"), term("b", "social value")]),
    ).toEqual([]);
    expect(
      checkTerms([term("a", "social valu*"), term("b", "Social VALU*")])[0]
        ?.reason,
    ).toMatch(/same stems/);
  });
});
