import { checkPlanId, planIdFromName } from "../../pipeline/corpus/plan-id.js";

describe("a plan id is a slug of the plan's name, and nothing else is accepted as one", () => {
  it.each([
    ["Alder Vale", "alder-vale"],
    ["Alder & Vale STP (North)", "alder-vale-stp-north"],
    ["  Dunmoor  ", "dunmoor"],
    ["Côte d'Azur", "cote-d-azur"],
    ["../../etc", "etc"],
  ])("%j → %j", (name, id) => {
    expect(planIdFromName(name)).toBe(id);
    expect(checkPlanId(id)).toBeNull();
  });

  it("a name with no letter or digit makes no id", () => {
    expect(planIdFromName("--- !!")).toBeNull();
  });

  it("an id is at most 80 characters, without a trailing dash", () => {
    const id = planIdFromName(`${"a".repeat(79)} b${"c".repeat(20)}`);
    expect(id).toBe("a".repeat(79));
    expect(checkPlanId(id ?? "")).toBeNull();
  });

  it.each([
    ["../x"],
    ["/abs"],
    ["a/b"],
    ["Alder"],
    ["-lead"],
    ["a b"],
    ["a\0b"],
    ["a.b"],
    [""],
    ["x".repeat(81)],
  ])("%j is refused with a reason", (id) => {
    expect(checkPlanId(id)).toMatch(/plan id/);
  });

  it("a plain id is accepted", () => {
    expect(checkPlanId("alder-vale-2")).toBeNull();
  });
});
