import {
  findPlaces,
  compileQuery,
  pageTokens,
  suggestPhrases,
  tokensOutside,
  type Query,
} from "../../pipeline/explore/index.js";

const q = compileQuery("social value") as { ok: true; value: Query };
const page = (raw: string, i: number) => ({
  plan: `p${i % 3}`,
  document: `d${i}.pdf`,
  page: 1,
  tokens: pageTokens(raw),
  mentions: findPlaces(raw, q.value),
  known: findPlaces(raw, q.value),
});

describe("suggest ranks phrases by their keyness in the windows of the concept's mentions", () => {
  const texts = [
    "Partners will embed social value in every procurement contract decision.",
    "Trusts will embed social value in every procurement contract they let.",
    "Boards will embed social impact in every procurement contract decision.",
    "Councils will embed social impact in every procurement contract they sign.",
    "Councils will embed social impact in local procurement contract rules.",
    "Hospitals will reduce waiting times for elective surgery patients.",
    "Clinics will reduce waiting times for elective surgery next year.",
    "Surgeons will reduce waiting times for elective surgery soon.",
  ];
  const pages = texts.map(page);

  it("the phrase most key beside the mentions comes first, with its count, plans and an example", () => {
    const got = suggestPhrases(pages, () => false, {
      windowTokens: 4,
      minCount: 3,
    });
    // Tied with "every procurement" on keyness and count: the longer phrase goes first.
    expect(got.map((s) => s.phrase)).toEqual([
      "every procurement contract",
      "every procurement",
      "procurement contract",
      "will embed",
    ]);
    expect(got[0]).toMatchObject({ count: 4, plans: 3 });
    expect(got[0]?.example).toMatch(
      /^d0\.pdf p1: …embed social value in every procurement contract decision/,
    );
  });

  it("a phrase never in the mentions' windows is none, however like theirs its own contexts are", () => {
    const got = suggestPhrases(pages, () => false, {
      windowTokens: 4,
      minCount: 3,
    });
    expect(got.map((s) => s.phrase)).toContain("every procurement contract");
    expect(got.map((s) => s.phrase)).not.toContain("social impact");
    expect(got.map((s) => s.phrase)).not.toContain("waiting times");
  });

  it("leaves out the concept's own phrase and phrases the lexicon already matches", () => {
    const got = suggestPhrases(
      pages,
      (p) => p === "every procurement contract",
      { windowTokens: 4, minCount: 3 },
    );
    expect(got.map((s) => s.phrase)).not.toContain(
      "every procurement contract",
    );
    expect(got.map((s) => s.phrase)).not.toContain("social value");
    expect(got.length).toBeGreaterThan(0);
  });
});

describe("left-out text splits a page's tokens", () => {
  it("the words either side of a left-out header make no phrase, the rest keep theirs", () => {
    const raw =
      "Partners add social value\nBack office header\nlocal wealth grows.";
    const header = raw.indexOf("Back");
    const kept = tokensOutside(pageTokens(raw), [
      { start: header, end: header + "Back office header".length },
    ]);
    expect(kept.map((t) => `${t.word}${t.joinsNext ? "+" : ""}`)).toEqual([
      "partners+",
      "add+",
      "social+",
      "value",
      "local+",
      "wealth+",
      "grows",
    ]);
  });
});
