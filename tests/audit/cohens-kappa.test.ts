import { compareAuditors } from "../../pipeline/audit/index.js";

type V = "accepted" | "rejected";
const pairs: [V, V][] = [
  ...Array<[V, V]>(4).fill(["accepted", "accepted"]),
  ...Array<[V, V]>(3).fill(["rejected", "rejected"]),
  ...Array<[V, V]>(2).fill(["accepted", "rejected"]),
  ["rejected", "accepted"],
];
const a = new Map(pairs.map(([x], i) => [`m${i}`, x]));
const b = new Map(pairs.map(([, y], i) => [`m${i}`, y]));

describe("agreement between two auditors", () => {
  it("Cohen's kappa on a hand-computed example: po 0.7, pe 0.6*0.5 + 0.4*0.5 = 0.5, kappa 0.4", () => {
    const r = compareAuditors(a, b);
    expect([r.both, r.agreed, r.observed]).toEqual([10, 7, 0.7]);
    expect(r.kappa).toBeCloseTo(0.4, 10);
    expect(r.disagreements.map((d) => d.mentionId)).toEqual(
      ["m4", "m5", "m6", "m7", "m8", "m9"].filter(
        (id) => a.get(id) !== b.get(id),
      ),
    );
    expect(r.disagreements).toHaveLength(3);
  });

  it("only mentions both judged are compared", () => {
    const r = compareAuditors(
      new Map([
        ["m1", "accepted"],
        ["m2", "accepted"],
      ]),
      new Map([
        ["m2", "accepted"],
        ["m3", "rejected"],
      ]),
    );
    expect([r.both, r.agreed, r.kappa]).toEqual([1, 1, null]);
  });

  it("nothing in common gives no kappa rather than a division by zero", () => {
    expect(compareAuditors(new Map(), new Map()).kappa).toBeNull();
  });
});
