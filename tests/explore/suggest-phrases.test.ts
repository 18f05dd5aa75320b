import {
  findPlaces,
  compileQuery,
  pageTokens,
  suggestPhrases,
  type Query,
} from "../../pipeline/explore/index.js";

const q = compileQuery("social value") as { ok: true; query: Query };
const page = (raw: string, i: number) => ({
  plan: `p${i % 3}`,
  document: `d${i}.pdf`,
  page: 1,
  tokens: pageTokens(raw),
  mentions: findPlaces(raw, q.query),
  known: findPlaces(raw, q.query),
});

describe("suggest ranks phrases that stand where the concept's mentions stand", () => {
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

  it("a phrase in the mentions' contexts comes first, with its count, plans and an example", () => {
    const got = suggestPhrases(pages, () => false, {
      windowTokens: 4,
      minCount: 3,
    });
    expect(got[0]).toMatchObject({
      phrase: "social impact",
      count: 3,
      plans: 3,
    });
    expect(got[0]?.example).toMatch(
      /^d2\.pdf p1: …boards will embed social impact in every/,
    );
    const waiting = got.find((s) => s.phrase === "waiting times");
    expect(waiting?.count).toBe(3);
    expect(got[0]?.shared).toBeGreaterThan(waiting?.shared ?? 1);
  });

  it("leaves out the concept's own phrase and phrases the lexicon already matches", () => {
    const got = suggestPhrases(pages, (p) => p === "social impact", {
      windowTokens: 4,
      minCount: 3,
    });
    expect(got.map((s) => s.phrase)).not.toContain("social impact");
    expect(got.map((s) => s.phrase)).not.toContain("social value");
    expect(got.length).toBeGreaterThan(0);
  });
});
