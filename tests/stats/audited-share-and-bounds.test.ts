import { computeAuditedShare } from "../../pipeline/stats/index.js";
import type { PlanCounts } from "../../pipeline/types.js";

const plan = (
  id: string,
  unreadable: PlanCounts["unreadable"] = [],
): PlanCounts => ({
  plan: id,
  name: id,
  region: "",
  headline: 99,
  related: 0,
  unreadable,
});
const h = (
  planId: string,
  verdict: "accepted" | "rejected" | "pending" | "disputed",
) => ({ plan: planId, headline: true, verdict });

describe("the audited statistic (spec: rejected mentions do not count)", () => {
  const plans = [
    plan("a"),
    plan("b"),
    plan("c"),
    plan("d", [{ document: "x.pdf", status: "corrupt", reason: "x" }]),
  ];
  const mentions = [
    h("a", "accepted"),
    h("b", "rejected"),
    h("c", "pending"),
    h("c", "disputed"),
    h("d", "accepted"),
  ];
  const r = computeAuditedShare(plans, mentions, 1);

  it("leaves out rejected mentions and still counts open ones", () => {
    expect(
      r.statistic.plans.map((p) => [p.plan, p.headline, p.mentions]),
    ).toEqual([
      ["a", 1, true],
      ["b", 0, false],
      ["c", 2, true],
      ["d", 1, null],
    ]);
    expect([r.statistic.numerator, r.statistic.denominator]).toEqual([2, 3]);
  });

  it("gives the lowest (open rejected) and highest (open accepted) share it can still take", () => {
    expect([r.lowest.numerator, r.highest.numerator]).toEqual([1, 2]);
  });

  it("names the plans whose outcome can still change", () => {
    expect(r.plansThatCanChange).toEqual([{ plan: "c", accepted: 0, open: 2 }]);
    expect(r.counts).toEqual({
      accepted: 2,
      rejected: 1,
      pending: 1,
      disputed: 1,
    });
  });
});
