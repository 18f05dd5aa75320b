import {
  clopperPearson,
  summariseElusion,
  type JudgedPage,
} from "../../pipeline/stats/index.js";

const page = (
  item: number,
  answer: JudgedPage["answer"],
  plan = "p",
  isCoded = false,
): JudgedPage => ({
  item,
  plan,
  document: `plans/${plan}/x.pdf`,
  page: item,
  answer,
  isCoded,
});

describe("what an elusion sample says (spec v2.1 point 5)", () => {
  it("1 yes of 30 judged in a frame of 400: the rate, its exact interval, and at most 63 pages missed", () => {
    const pages = Array.from({ length: 30 }, (_, i) =>
      page(i + 1, i === 4 ? "yes" : "no", i === 4 ? "q" : "p"),
    );
    const f = summariseElusion(400, pages, () => false);
    expect(f).toMatchObject({
      pagesInFrame: 400,
      pagesDrawn: 30,
      pagesJudged: 30,
      yesPages: 1,
      pagesNotJudged: 370,
    });
    expect(f.rate).toBeCloseTo(1 / 30, 10);
    expect(f.interval).toEqual(clopperPearson(1, 30));
    // 0.172169 x 370 = 63.70 pages at most; 1/30 x 370 = 12.33 at the observed rate.
    expect(f.missedPagesUpperBound).toBeCloseTo(63.7, 1);
    expect(f.missedPagesEstimate).toBeCloseTo(12.33, 2);
    expect(f.plansMoved).toEqual([
      {
        plan: "q",
        yesPages: ["plans/q/x.pdf page 5"],
        coded: 0,
        countsNow: false,
      },
    ]);
  });

  it("pages not judged yet are neither yes nor no: only judged pages make the rate", () => {
    const f = summariseElusion(
      100,
      [page(1, "no"), page(2, null), page(3, "yes", "r", true)],
      (plan) => plan === "r",
    );
    expect([f.pagesDrawn, f.pagesJudged, f.yesPages, f.pagesNotJudged]).toEqual(
      [3, 2, 1, 98],
    );
    expect(f.plansMoved).toEqual([
      {
        plan: "r",
        yesPages: ["plans/r/x.pdf page 3"],
        coded: 1,
        countsNow: true,
      },
    ]);
  });

  it("before any answer there is no rate and no bound", () => {
    const f = summariseElusion(10, [page(1, null)], () => false);
    expect([f.rate, f.interval, f.missedPagesUpperBound]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
