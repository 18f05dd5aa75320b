import {
  compileQuery,
  findPlaces,
  pageFilter,
  pageVocabulary,
  type Query,
} from "../../pipeline/explore/index.js";

const query = (text: string, options = {}): Query => {
  const compiled = compileQuery(text, options);
  if (!compiled.ok) throw new Error(compiled.problem.reason);
  return compiled.value;
};

/** The places of a query in a text, as the raw words they cover. */
const placesIn = (raw: string, text: string, options = {}) =>
  findPlaces(raw, query(text, options)).map((s) => raw.slice(s.start, s.end));

describe("a search phrase is read exactly as a lexicon term", () => {
  it.each([
    ["We add social value.", ["social value"]],
    ["Social Values matter", ["Social Values"]],
    ["SOCIAL-VALUE", ["SOCIAL-VALUE"]],
    ["the Public Services (Social Value) Act 2012", ["Social Value"]],
    ["the Social Value Act", ["Social Value"]],
    ["so-\ncial value", ["so-\ncial value"]],
    ["social-\nvalue", ["social-\nvalue"]],
    ["care is social. Value is", []],
    ["clinical/social/value grid", []],
    ["socially valuable", []],
    ["social care and value for money", []],
  ])("%j → %j", (raw, want) => {
    expect(placesIn(raw, "social value")).toEqual(want);
  });
});

describe("glob tokens match the words as written, case-insensitive", () => {
  it.each([
    [
      "social valu*",
      "Social Value, social values and SOCIAL VALUED",
      ["Social Value", "social values", "SOCIAL VALUED"],
    ],
    ["social valu*", "socially valuable", []],
    [
      "comm* benefit*",
      "community benefits; Communities benefit",
      ["community benefits", "Communities benefit"],
    ],
    ["valu?", "value values VALUE", ["value", "VALUE"]],
    ["social *", "social care, social value", ["social care", "social value"]],
    ["so* valu*", "so-\ncial val-\nue", ["so-\ncial val-\nue"]],
  ])("%s in %j", (text, raw, want) => {
    expect(placesIn(raw, text)).toEqual(want);
  });

  it("refuses a query that would match every word", () => {
    expect(compileQuery("*")).toEqual({
      ok: false,
      problem: { reason: expect.stringMatching(/matches every word/) },
    });
    expect(compileQuery("?* *").ok).toBe(false);
    expect(compileQuery("social *").ok).toBe(true);
  });
});

describe("--exact compares words, not stems", () => {
  it("finds only the words as written", () => {
    expect(
      placesIn("social value, social values", "social values", { exact: true }),
    ).toEqual(["social values"]);
    expect(placesIn("social value, social values", "social values")).toEqual([
      "social value",
      "social values",
    ]);
  });
});

describe("--regex runs on the normalised text, offsets back in the raw text", () => {
  it.each([
    ["benefit", "community bene\uFB01ts", ["bene\uFB01t"]],
    ["social value", "so\u00ADcial  value", ["so\u00ADcial  value"]],
    ["social-value", "social\u2013value", ["social\u2013value"]],
    ["socialvalue|social-value", "social-\nvalue", ["social-\nvalue"]],
    ["val\\w+", "VALUE value", ["VALUE", "value"]],
  ])("/%s/ in %j", (pattern, raw, want) => {
    expect(placesIn(raw, pattern, { regex: true })).toEqual(want);
  });

  it("a malformed pattern is a reason, not an exception", () => {
    expect(compileQuery("(social", { regex: true })).toEqual({
      ok: false,
      problem: {
        reason: expect.stringMatching(
          /^--regex "\(social" is not a valid regular expression/,
        ),
      },
    });
  });
});

describe("the page index never rules out a page that holds the query", () => {
  const pages = [
    "so-\ncial value here",
    "Social Values matter",
    "community bene\uFB01ts",
    "social care only",
    "nothing at all",
  ];
  it.each([
    ["social value", {}],
    ["social valu*", {}],
    ["comm* benefit*", {}],
    ["social values", { exact: true }],
    ["social\\s+val", { regex: true }],
    ["benefits", { regex: true }],
  ])("%s", (text, options) => {
    const q = query(text, options);
    const holds = pages.map((p) => findPlaces(p, q).length > 0);
    const passes = pages.map((p) => pageFilter(q)(pageVocabulary(p)));
    expect(holds.some(Boolean)).toBe(true);
    expect(holds.filter((h, i) => h && !passes[i])).toEqual([]);
    expect(passes.filter(Boolean).length).toBeLessThan(pages.length);
  });
});

describe("a phrase of several words passes the page index exactly when the matcher finds a place", () => {
  // Small generated pages: the phrase's words in every form, near misses, separators that break a phrase or not,
  // apostrophes, line-end hyphens, a non-ASCII word, and words long enough to run past the run test's window.
  const parts = [
    "social",
    "Social",
    "SOCIAL",
    "socially",
    "value",
    "values",
    "Valued",
    "devalue",
    "value's",
    "social's",
    "so-\ncial",
    "val-\nue",
    "café",
    "x".repeat(70),
    "valu" + "e".repeat(80),
  ];
  const separators = [" ", "  ", "\n", ", ", ". ", " - ", " / ", "'", " ("];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pages = Array.from({ length: 400 }, () =>
    Array.from(
      { length: 2 + next(7) },
      (_, i) =>
        (i === 0 ? "" : (separators[next(separators.length)] as string)) +
        (parts[next(parts.length)] as string),
    ).join(""),
  );
  it.each([
    ["social value", {}],
    ["social values", { exact: true }],
    ["social valu*", {}],
    ["value social", {}],
  ])("%s", (text, options) => {
    const q = query(text, options);
    const holds = pages.map((p) => findPlaces(p, q).length > 0);
    const passes = pages.map((p) => pageFilter(q)(pageVocabulary(p)));
    expect(holds.some(Boolean)).toBe(true);
    expect(holds.some((h) => !h)).toBe(true);
    expect(passes).toEqual(holds);
  });
});
