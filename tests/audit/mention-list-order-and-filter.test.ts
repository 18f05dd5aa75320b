import {
  compareMentionPlaces,
  matchesFilter,
} from "../../pipeline/audit/index.js";

const place = (plan_id: string, document: string, page: number, start = 0) => ({
  plan_id,
  document,
  page,
  start,
});
const line = (p: ReturnType<typeof place>) =>
  `${p.plan_id} ${p.document} p${p.page} @${p.start}`;

describe("the browser audit's list: read by plan, document, page as a number, then position", () => {
  it("p5 comes before p11 and p35, not after them as text would put it (fixed #13)", () => {
    const places = [
      place("durham", "plans/durham/plan.pdf", 35),
      place("durham", "plans/durham/plan.pdf", 11, 40),
      place("durham", "plans/durham/plan.pdf", 5),
      place("durham", "plans/durham/plan.pdf", 11, 7),
      place("durham", "plans/durham/plan.pdf", 13),
    ];
    expect([...places].sort(compareMentionPlaces).map(line)).toEqual([
      "durham plans/durham/plan.pdf p5 @0",
      "durham plans/durham/plan.pdf p11 @7",
      "durham plans/durham/plan.pdf p11 @40",
      "durham plans/durham/plan.pdf p13 @0",
      "durham plans/durham/plan.pdf p35 @0",
    ]);
  });

  it("plans, then documents, come first; numbers in their names count as numbers", () => {
    const places = [
      place("plan-10", "plans/plan-10/a.pdf", 1),
      place("plan-2", "plans/plan-2/summary.pdf", 2),
      place("plan-2", "plans/plan-2/doc-10.pdf", 1),
      place("plan-2", "plans/plan-2/doc-2.pdf", 9),
    ];
    expect([...places].sort(compareMentionPlaces).map(line)).toEqual([
      "plan-2 plans/plan-2/doc-2.pdf p9 @0",
      "plan-2 plans/plan-2/doc-10.pdf p1 @0",
      "plan-2 plans/plan-2/summary.pdf p2 @0",
      "plan-10 plans/plan-10/a.pdf p1 @0",
    ]);
  });
});

describe("the browser audit's text filter", () => {
  const text =
    "durham Durham, Darlington and Tees plans/durham/plan.pdf we will add Social\nValue through contracts";
  it.each([
    ["", true],
    ["darlington", true],
    ["social value", true],
    ["  VALUE   contracts ", true],
    ["social care", false],
    ["tees wales", false],
  ])("%j keeps the mention: %s", (query, kept) => {
    expect(matchesFilter(text, query)).toBe(kept);
  });
});
