import { computeShare, describeShare } from "../../pipeline/stats/index.js";
import type { PlanCounts } from "../../pipeline/types.js";

const plan = (
  id: string,
  headline: number,
  unreadable: PlanCounts["unreadable"] = [],
  related = 0,
): PlanCounts => ({
  plan: id,
  name: id,
  region: "",
  headline,
  related,
  unreadable,
});
const corrupt = [
  { document: "plans/c/a.pdf", status: "corrupt" as const, reason: "damaged" },
];

describe("spec §The statistic", () => {
  it("counts plans with >= 1 headline mention over plans fully read", () => {
    const stat = computeShare(
      [plan("a", 2), plan("b", 0, [], 5), plan("c", 1)],
      1,
    );
    expect([stat.numerator, stat.denominator, stat.share]).toEqual([
      2,
      3,
      2 / 3,
    ]);
    expect(stat.plans.map((p) => [p.plan, p.mentions])).toEqual([
      ["a", true],
      ["b", false],
      ["c", true],
    ]);
  });

  it("related mentions alone do not make a plan mention social value", () => {
    expect(computeShare([plan("b", 0, [], 5)], 1).numerator).toBe(0);
  });

  it("a threshold of 2 needs two headline mentions", () => {
    const stat = computeShare([plan("a", 2), plan("b", 1)], 2);
    expect([stat.numerator, stat.denominator]).toEqual([1, 2]);
  });

  it("a plan with an unreadable document is reported apart with reasons, never counted as zero", () => {
    const stat = computeShare(
      [plan("a", 1), plan("c", 3, corrupt), plan("d", 0)],
      1,
    );
    expect([stat.numerator, stat.denominator]).toEqual([1, 2]);
    expect(stat.reportedApart).toEqual([
      { plan: "c", reasons: ["corrupt: plans/c/a.pdf"] },
    ]);
    // Its readable documents' mentions are still shown.
    expect(stat.plans.find((p) => p.plan === "c")).toMatchObject({
      headline: 3,
      mentions: null,
    });
  });

  it("no plan fully read gives no share rather than a division by zero", () => {
    expect(computeShare([plan("c", 1, corrupt)], 1).share).toBeNull();
  });

  it("says it in one line: audited or not, with the 95% Wilson interval, and of which database", () => {
    const stat = computeShare(
      [plan("a", 1), plan("b", 0), plan("c", 1, corrupt)],
      1,
    );
    expect(describeShare(stat, { audited: false })).toBe(
      "unaudited: 1 of 2 fully read plans (50.0%; 95% interval 9.5%-90.5%) mention social value; 1 plan reported apart (unreadable documents)",
    );
    expect(
      describeShare(computeShare([plan("a", 1)], 2), {
        audited: true,
        of: "database x.sqlite, corpus c",
      }),
    ).toBe(
      "audited (database x.sqlite, corpus c): 0 of 1 fully read plans (0.0%; 95% interval 0.0%-79.3%) mention social value (at least 2 headline mentions); 0 plans reported apart (unreadable documents)",
    );
    expect(describeShare(computeShare([], 1), { audited: false })).toBe(
      "unaudited: 0 of 0 fully read plans (n/a) mention social value; 0 plans reported apart (unreadable documents)",
    );
  });
});
