import {
  computeBroadShare,
  computeShare,
  type BroadMention,
} from "../../pipeline/stats/index.js";
import type { PlanCounts } from "../../pipeline/types.js";

const plan = (id: string, headline: number, apart = false): PlanCounts => ({
  plan: id,
  name: id,
  region: "North",
  headline,
  related: 0,
  unreadable: apart
    ? [{ document: `plans/${id}/a.pdf`, status: "corrupt", reason: "bad" }]
    : [],
});

const PLANS = [plan("a", 1), plan("b", 0), plan("c", 0), plan("d", 0, true)];
const m = (
  p: string,
  kind: BroadMention["kind"],
  verdict: BroadMention["verdict"] = "pending",
): BroadMention => ({ plan: p, kind, verdict });

describe("the broad statistic (spec v2.1 point 4)", () => {
  it("counts headline mentions not rejected plus coded passages, over the plans fully read", () => {
    const broad = computeBroadShare(
      PLANS,
      [m("a", "headline"), m("b", "coded", "accepted")],
      1,
    );
    expect([broad.numerator, broad.denominator]).toEqual([2, 3]);
    expect(broad.codedPassages).toBe(1);
    expect(broad.plansBeyondHeadline).toEqual(["b"]);
    expect(broad.plans.find((p) => p.plan === "b")).toMatchObject({
      headline: 0,
      coded: 1,
      mentions: true,
    });
  });

  it("leaves the headline figure as it was: computeShare of the same plans does not see the coded passage", () => {
    const headline = computeShare(PLANS, 1);
    computeBroadShare(PLANS, [m("b", "coded", "accepted")], 1);
    expect([headline.numerator, headline.denominator]).toEqual([1, 3]);
  });

  it("leaves out rejected mentions and rejected passages", () => {
    const broad = computeBroadShare(
      PLANS,
      [m("a", "headline", "rejected"), m("b", "coded", "rejected")],
      1,
    );
    expect([broad.numerator, broad.denominator]).toEqual([0, 3]);
    expect(broad.plansBeyondHeadline).toEqual([]);
  });

  it("keeps a plan with an unreadable document apart, coded or not", () => {
    const broad = computeBroadShare(
      PLANS,
      [m("a", "headline"), m("d", "coded", "accepted")],
      1,
    );
    expect(broad.reportedApart.map((r) => r.plan)).toEqual(["d"]);
    expect(broad.plans.find((p) => p.plan === "d")?.mentions).toBeNull();
    expect(broad.numerator).toBe(1);
  });

  it("adds mentions and passages together against the threshold", () => {
    const both = [m("c", "headline"), m("c", "coded", "accepted")];
    expect(computeBroadShare(PLANS, both, 2).plansBeyondHeadline).toEqual([
      "c",
    ]);
    expect(
      computeBroadShare(PLANS, both.slice(1), 2).plansBeyondHeadline,
    ).toEqual([]);
  });
});
