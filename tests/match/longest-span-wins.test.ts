import { resolveOverlaps } from "../../pipeline/match/resolve-overlaps.js";
import { mentionsIn, termsIn } from "./lexicon-fixture.js";

describe("spec §Tokens: overlapping matches, the longest span wins and is ONE mention", () => {
  it("Social Value Act is one social-value-act, not also a social-value", () => {
    expect(mentionsIn("the Social Value Act applies")).toEqual([
      'p1 4-20 social-value-act "Social Value Act"',
    ]);
  });

  it("Public Services (Social Value) Act 2012 is one mention of the most specific term", () => {
    expect(mentionsIn("Public Services (Social Value) Act 2012")).toEqual([
      'p1 0-34 public-services-social-value-act "Public Services (Social Value) Act"',
    ]);
  });

  it("a shorter phrase next to (not inside) a longer one still counts", () => {
    expect(termsIn("social value: the Social Value Act")).toEqual([
      "social-value",
      "social-value-act",
    ]);
  });

  it("a span found in both hyphen readings is kept once", () => {
    // Both readings see "social value" on the first line; only the line-end hyphen differs.
    expect(termsIn("social value and so-\ncial")).toEqual(["social-value"]);
  });

  it("ties go to more tokens, then the longer raw span, then the earlier start", () => {
    const c = (
      termId: string,
      start: number,
      end: number,
      tokenCount: number,
      termOrder = 0,
    ) => ({
      termId,
      span: { start, end },
      tokenCount,
      termOrder,
    });
    expect(
      resolveOverlaps([c("two", 0, 12, 2), c("three", 5, 20, 3)]).map(
        (k) => k.termId,
      ),
    ).toEqual(["three"]);
    expect(
      resolveOverlaps([c("short", 0, 10, 2), c("long", 5, 20, 2)]).map(
        (k) => k.termId,
      ),
    ).toEqual(["long"]);
    expect(
      resolveOverlaps([c("late", 5, 15, 2), c("early", 0, 10, 2)]).map(
        (k) => k.termId,
      ),
    ).toEqual(["early"]);
    expect(
      resolveOverlaps([c("b", 0, 10, 2, 1), c("a", 0, 10, 2, 0)]).map(
        (k) => k.termId,
      ),
    ).toEqual(["a"]);
  });
});

describe("spec §Normalisation 4 in matching: both readings are tried", () => {
  it.each([
    [
      "word broken by the typesetter",
      "our so-\ncial value work",
      'p1 4-18 social-value "so-\\ncial value"',
    ],
    [
      "compound broken at its own hyphen",
      "our social-\nvalue work",
      'p1 4-17 social-value "social-\\nvalue"',
    ],
    [
      "upper-case word broken",
      "SO-\nCIAL VALUE",
      'p1 0-14 social-value "SO-\\nCIAL VALUE"',
    ],
    [
      "second word broken",
      "social val-\nue",
      'p1 0-14 social-value "social val-\\nue"',
    ],
  ])("%s", (_name, raw, line) => {
    expect(mentionsIn(raw)).toEqual([line]);
  });
});
