import {
  computeShare,
  describeOcr,
  plansRestingOnOcr,
} from "../../pipeline/stats/index.js";
import type { OcrFigures, PlanCounts } from "../../pipeline/types.js";

// Issue 15: the report and stats list the plans whose "yes" rests only on mentions read by OCR.
const plan = (id: string, headline: number): PlanCounts => ({
  plan: id,
  name: id,
  region: "R",
  headline,
  related: 0,
  unreadable: [],
});
const figures = (fromText: Record<string, number>): OcrFigures => ({
  engine: "tesseract 5.3.0",
  pagesOcr: 19,
  pagesPicture: 4,
  pagesUnreadable: 1,
  mentions: 6,
  headlineMentions: 5,
  headlineFromText: new Map(Object.entries(fromText)),
});

describe("plansRestingOnOcr", () => {
  const counts = [
    plan("scanned-only", 1),
    plan("both", 3),
    plan("typed", 2),
    plan("none", 0),
  ];

  it("lists the plans that say yes with fewer headline mentions from text than the threshold", () => {
    const stat = computeShare(counts, 1);
    expect(plansRestingOnOcr(stat, figures({ both: 2, typed: 2 }))).toEqual([
      { plan: "scanned-only", headline: 1, fromText: 0 },
    ]);
  });

  it("at threshold 2, a plan with one mention from text and two from OCR rests on OCR too", () => {
    const stat = computeShare(counts, 2);
    expect(
      plansRestingOnOcr(stat, figures({ both: 1, typed: 2 })).map(
        (p) => p.plan,
      ),
    ).toEqual(["both"]);
  });

  it("describeOcr says what OCR read and which plans lean on it, and nothing when OCR was off", () => {
    const stat = computeShare(counts, 1);
    const f = figures({ both: 2, typed: 2 });
    expect(describeOcr(f, plansRestingOnOcr(stat, f))).toBe(
      "OCR (tesseract 5.3.0): 19 pages read, 4 pictures, 1 page unreadable; 6 mentions from OCR (5 headline); plans whose yes rests only on OCR: scanned-only (1 headline, 0 from text)",
    );
    expect(
      describeOcr({ ...f, engine: null, pagesOcr: 0, pagesPicture: 0 }, []),
    ).toBeNull();
  });
});
