import {
  pageTokens,
  rankCandidates,
  type CandidateInput,
} from "../../pipeline/explore/index.js";
import type { Span } from "../../pipeline/types.js";

const FILLER =
  "Staff told us that rotas matter. The efficiency programme is worth 8 million pounds a year. ";

const spanOf = (raw: string, words: string): Span => {
  const start = raw.indexOf(words);
  return { start, end: start + words.length };
};

/** A page of `plan`: `text` after some filler; `mention` marks an accepted mention of the concept in it. */
function page(
  plan: string,
  text: string,
  options: { mention?: string; related?: string; isCandidate?: boolean } = {},
): CandidateInput {
  const raw = `${FILLER}${text} ${FILLER}`;
  const mention =
    options.mention === undefined ? [] : [spanOf(raw, options.mention)];
  return {
    plan,
    document: `plans/${plan}/plan.pdf`,
    page: 1,
    raw,
    tokens: pageTokens(raw),
    passages: mention,
    terms: mention,
    related:
      options.related === undefined ? [] : [spanOf(raw, options.related)],
    isCandidate: options.isCandidate ?? true,
  };
}

const SEEDS = [
  page(
    "alpha",
    "Every contract we let will add social value: we buy from local firms and small suppliers.",
    { mention: "social value", isCandidate: false },
  ),
  page(
    "alpha",
    "Our contracts must add social value by recruiting from deprived wards and buying from local firms.",
    { mention: "social value", isCandidate: false },
  ),
];

describe("candidates: pages ranked by how closely they resemble the concept's accepted passages", () => {
  it("a page saying it in other words comes first, with the words it shares", () => {
    const ranked = rankCandidates([
      ...SEEDS,
      page("beta", "Nothing here but the usual."),
      page(
        "gamma",
        "Our hospitals will buy from local firms through our contracts.",
      ),
      page("delta", "The usual again."),
    ]);
    expect(ranked[0]).toMatchObject({ plan: "gamma", page: 1 });
    expect(ranked[0]?.words).toEqual(
      expect.arrayContaining(["contracts", "local", "buy", "firms"]),
    );
    expect(ranked[0]?.snippet).toContain("buy from local firms");
    expect(ranked.map((c) => c.plan)).not.toContain("beta");
  });

  it("the term's own words are no evidence: a decoy sharing only them ranks nowhere", () => {
    const ranked = rankCandidates([
      ...SEEDS,
      page(
        "decoy",
        "Social care budgets are under pressure; value for money is our test.",
      ),
      page("gamma", "We buy from local firms."),
    ]);
    expect(ranked.map((c) => c.plan)).toEqual(["gamma"]);
  });

  it("a related-term mention adds to a page's score", () => {
    const without = rankCandidates([
      ...SEEDS,
      page("gamma", "A social enterprise runs it with local firms."),
    ]);
    const withRelated = rankCandidates([
      ...SEEDS,
      page("gamma", "A social enterprise runs it with local firms.", {
        related: "social enterprise",
      }),
    ]);
    expect(withRelated[0]?.related).toBe(1);
    expect(withRelated[0]?.score).toBeGreaterThan(without[0]?.score ?? 0);
  });

  it("ranks only candidate pages, and nothing without accepted passages", () => {
    expect(
      rankCandidates([
        page("gamma", "We buy from local firms through our contracts.", {
          isCandidate: false,
        }),
        ...SEEDS,
      ]),
    ).toEqual([]);
    expect(
      rankCandidates([page("gamma", "We buy from local firms and contracts.")]),
    ).toEqual([]);
  });
});
