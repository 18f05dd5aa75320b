import { mentionsIn, termsIn } from "./lexicon-fixture.js";

describe("spec §Lexicon v1: every variant is one mention of its term", () => {
  it.each([
    ["social value", "social-value"],
    ["social values", "social-value"],
    ["social-value", "social-value"],
    ["SOCIAL VALUE", "social-value"],
    ["Social\nValue", "social-value"],
    ["social \u2014 value", "social-value"],
    ["\u201Csocial\u201D value", "social-value"],
    ["Social Value Act", "social-value-act"],
    ["the Social Value Act 2012", "social-value-act"],
    ["Public Services (Social Value) Act", "public-services-social-value-act"],
    [
      "Public Services (Social Value) Act 2012",
      "public-services-social-value-act",
    ],
    ["PUBLIC SERVICES (SOCIAL VALUE) ACT", "public-services-social-value-act"],
    ["social enterprise", "social-enterprise"],
    ["social enterprises", "social-enterprise"],
    ["community benefit", "community-benefit"],
    ["community benefits", "community-benefit"],
    ["communities benefit", "community-benefit"],
    ["social return on investment", "sroi"],
    ["Social Return On Investment (SROI)", "sroi"],
  ])("%j → %s", (raw, term) => {
    expect(termsIn(raw)).toEqual([term]);
  });
});

describe("spec §Lexicon v1: not mentions", () => {
  it.each([
    "socially valuable",
    "social, economic and environmental value",
    "social and economic value",
    "social care",
    "value for money",
    "social prescribing",
    "values",
    "social. Value",
    "social; value",
    "social: value",
    "social/value",
    "social, value",
    "social! value",
    "social? value",
    "socialvalue",
    "social\u00ADvalue",
  ])("%j → no mention", (raw) => {
    expect(termsIn(raw)).toEqual([]);
  });

  it("the positive neighbour of the sentence break is found", () => {
    expect(termsIn("social value. Value")).toEqual(["social-value"]);
  });
});

describe("surfaces are the page text exactly as extracted", () => {
  it("keeps the raw line break, ligature and soft hyphen in the surface", () => {
    expect(mentionsIn("Our so-\ncial value")).toEqual([
      'p1 4-18 social-value "so-\\ncial value"',
    ]);
    expect(mentionsIn("x social\u00A0val\u00ADue y")).toEqual([
      'p1 2-15 social-value "social\u00a0val\u00adue"',
    ]);
  });

  it("finds several mentions on one page, in page order", () => {
    expect(
      mentionsIn("social value and a social enterprise and social values"),
    ).toEqual([
      'p1 0-12 social-value "social value"',
      'p1 19-36 social-enterprise "social enterprise"',
      'p1 41-54 social-value "social values"',
    ]);
  });

  it("finds a mention at the very start and the very end of a page", () => {
    expect(mentionsIn("social value")).toEqual([
      'p1 0-12 social-value "social value"',
    ]);
    expect(mentionsIn("end: social value")).toEqual([
      'p1 5-17 social-value "social value"',
    ]);
  });
});
