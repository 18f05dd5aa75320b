import { suggestPlans } from "../../pipeline/curate/suggest-plans.js";

const plans = [
  { id: "alder-vale", name: "Alder Vale", region: "North" },
  { id: "birch-coast", name: "Birch Coast and Shore", region: "South" },
  { id: "dunmoor", name: "Dunmoor", region: "East" },
];

describe("without --plan, the plans whose names are closest to the file are suggested", () => {
  it.each([
    ["STP_Alder_Vale_final_v3.pdf", ["alder-vale"]],
    ["aldr-vale.pdf", ["alder-vale"]],
    ["Birch coast summary.pdf", ["birch-coast"]],
    ["dunmore plan.pdf", ["dunmoor"]],
  ])("%j suggests %j first", (text, expected) => {
    expect(
      suggestPlans(text, plans)
        .map((p) => p.id)
        .slice(0, expected.length),
    ).toEqual(expected);
  });

  it("a name that resembles no plan suggests none (words common to every plan file do not count)", () => {
    expect(suggestPlans("STP_final_plan_v2.pdf", plans)).toEqual([]);
    expect(suggestPlans("zebra.pdf", plans)).toEqual([]);
  });

  it("more matching words rank higher, and at most `limit` plans come back", () => {
    const more = [
      ...plans,
      { id: "vale-coast", name: "Vale Coast", region: "West" },
    ];
    expect(suggestPlans("vale coast", more).map((p) => p.id)).toEqual([
      "vale-coast",
      "alder-vale",
      "birch-coast",
    ]);
    expect(suggestPlans("vale coast", more, 1).map((p) => p.id)).toEqual([
      "vale-coast",
    ]);
  });
});
