import { matchPage } from "../../pipeline/match/index.js";
import { LEXICON_V1 } from "./lexicon-fixture.js";

describe("spec §Tokens: a phrase never spans two pages", () => {
  it("social at the end of one page and value at the start of the next count nowhere", () => {
    const pages = [
      { page: 30, raw: "we will deliver social", hasText: true },
      { page: 31, raw: "value for patients", hasText: true },
    ];
    expect(pages.flatMap((p) => matchPage(p, LEXICON_V1))).toEqual([]);
  });

  it("the same words on one page do count (positive neighbour)", () => {
    const page = {
      page: 30,
      raw: "we will deliver social\nvalue for patients",
      hasText: true,
    };
    expect(matchPage(page, LEXICON_V1).map((m) => [m.page, m.termId])).toEqual([
      [30, "social-value"],
    ]);
  });

  it("a page without a text layer has no mentions", () => {
    expect(matchPage({ page: 1, raw: "", hasText: false }, LEXICON_V1)).toEqual(
      [],
    );
  });
});
