import {
  clusters,
  collocates,
  corpusCounts,
  logLikelihood,
  mutualInformation,
  pageTokens,
  pageVocabulary,
  wordList,
} from "../../pipeline/explore/index.js";

// Figures worked out by hand from the contingency table (O11, R1, C1, N; Eij = Ri * Cj / N):
//   O11 = 2, R1 = 4, C1 = 3, N = 20: E11 = 0.6, MI = log2(2 / 0.6) = 1.73697;
//   O12 = 2 (E 3.4), O21 = 1 (E 2.4), O22 = 15 (E 13.6):
//   LL = 2 (2 ln(2/0.6) + 2 ln(2/3.4) + 1 ln(1/2.4) + 15 ln(15/13.6)) = 2 (2.40795 - 1.06126 - 0.87547 + 1.46971) = 3.88185
describe("collocation figures match the contingency table worked by hand", () => {
  it("mutual information and log-likelihood", () => {
    const a = { o11: 2, r1: 4, c1: 3, n: 20 };
    expect(mutualInformation(a)).toBeCloseTo(1.73697, 4);
    expect(logLikelihood(a)).toBeCloseTo(3.88185, 4);
  });

  // One page: "alpha node beta gamma. delta node alpha", window 1 around each "node":
  //   windows hold alpha, beta | delta, alpha: R1 = 4; alpha O11 = 2, C1 = 2, N = 7 tokens.
  //   E11 = 4 * 2 / 7 = 1.142857; MI = log2(1.75) = 0.80735;
  //   O12 = 2 (E 20/7), O21 = 0, O22 = 3 (E 15/7): LL = 2 (2 ln 1.75 + 2 ln 0.7 + 3 ln 1.4) = 2.83060
  it("counts each place's window, the place's own words left out", () => {
    const raw = "alpha node beta gamma. delta node alpha";
    const tokens = pageTokens(raw);
    const places = [
      { start: 6, end: 10 },
      { start: 29, end: 33 },
    ];
    const corpus = corpusCounts([pageVocabulary(raw)]);
    expect(corpus.tokens).toBe(7);
    const result = collocates(
      [{ tokens, places }],
      corpus.counts,
      corpus.tokens,
      {
        windowTokens: 1,
        minCount: 1,
        by: "llr",
        dropStopwords: false,
      },
    );
    expect([result.places, result.windowTokens]).toEqual([2, 4]);
    const alpha = result.collocates.find((c) => c.word === "alpha");
    expect(alpha).toMatchObject({ near: 2, corpus: 2 });
    expect(alpha?.mi).toBeCloseTo(0.80735, 4);
    expect(alpha?.llr).toBeCloseTo(2.8306, 4);
    expect(result.collocates.map((c) => [c.word, c.near])).toEqual([
      ["alpha", 2],
      ["beta", 1],
      ["delta", 1],
    ]);
  });

  it("--min-count and --stopwords leave words out", () => {
    const raw = "the node of the node";
    const tokens = pageTokens(raw);
    const places = [
      { start: 4, end: 8 },
      { start: 16, end: 20 },
    ];
    const corpus = corpusCounts([pageVocabulary(raw)]);
    const run = (minCount: number, dropStopwords: boolean) =>
      collocates([{ tokens, places }], corpus.counts, corpus.tokens, {
        windowTokens: 1,
        minCount,
        by: "count",
        dropStopwords,
      }).collocates.map((c) => `${c.word} ${c.near}`);
    expect(run(1, false)).toEqual(["the 2", "of 1"]);
    expect(run(2, false)).toEqual(["the 2"]);
    expect(run(1, true)).toEqual([]);
  });
});

describe("word lists and clusters", () => {
  it("counts words by plan, joined reading, shortest length respected", () => {
    const list = wordList(
      [
        {
          plan: "a",
          counts: pageVocabulary("Social value, so-\ncial values; of").counts,
        },
        { plan: "b", counts: pageVocabulary("social care").counts },
      ],
      { stems: false, minLength: 3 },
    );
    expect(list.words).toEqual([
      { word: "social", count: 3, plans: 2 },
      { word: "care", count: 1, plans: 1 },
      { word: "value", count: 1, plans: 1 },
      { word: "values", count: 1, plans: 1 },
    ]);
    expect(list.tokens).toBe(7);
    const stems = wordList(
      [{ plan: "a", counts: pageVocabulary("value values valued").counts }],
      {
        stems: true,
        minLength: 3,
      },
    );
    expect(stems.words).toEqual([{ word: "valu", count: 3, plans: 1 }]);
  });

  it("n-grams hold the whole place and never cross a full stop", () => {
    const raw = "we add social value. social value of the act";
    const tokens = pageTokens(raw);
    const places = [
      { start: 7, end: 19 },
      { start: 21, end: 33 },
    ];
    const got = clusters([{ plan: "a", tokens, places }], 2, 3).map(
      (c) => `${c.cluster} ${c.count}`,
    );
    expect(got).toEqual([
      "social value 2",
      "add social value 1",
      "social value of 1",
    ]);
  });
});
