import { cohensKappa, compareAuditors } from "../../pipeline/audit/index.js";

type Pair = readonly [string, string];
const repeat = (n: number, pair: Pair): Pair[] => Array<Pair>(n).fill(pair);

// Rows the first auditor, columns the second (A accepted, R rejected):
//          A   R
//    A     4   2     p_AA .4  p_AR .2   p_A. .6
//    R     1   3     p_RA .1  p_RR .3   p_R. .4
//                    p_.A .5  p_.R .5
// po = .4 + .3 = .7; pe = .6 x .5 + .4 x .5 = .5; kappa = (.7 - .5) / (1 - .5) = .4; 1 - kappa = .6.
// Fleiss, Cohen & Everitt (1969):
//   A = p_AA (1 - (p_A. + p_.A) .6)² + p_RR (1 - (p_R. + p_.R) .6)²
//     = .4 (1 - 1.1 x .6)² + .3 (1 - .9 x .6)² = .4 x .1156 + .3 x .2116 = .04624 + .06348 = .10972
//   B = .6² (p_AR (p_.A + p_R.)² + p_RA (p_.R + p_A.)²) = .36 (.2 x .9² + .1 x 1.1²) = .36 x .283 = .10188
//   C = (kappa - pe (1 - kappa))² = (.4 - .5 x .6)² = .01
//   Var = (A + B - C) / (n (1 - pe)²) = .2016 / (10 x .25) = .08064; SE = √.08064 = .283972
//   95% interval = .4 ± 1.959964 x .283972 = .4 ± .556575 → [-.156575, .956575]
const hand: Pair[] = [
  ...repeat(4, ["accepted", "accepted"]),
  ...repeat(2, ["accepted", "rejected"]),
  ...repeat(1, ["rejected", "accepted"]),
  ...repeat(3, ["rejected", "rejected"]),
];

describe("Cohen's kappa comes with its 95% interval (variance of Fleiss, Cohen & Everitt 1969)", () => {
  it("on a hand-computed two-by-two table: kappa .4, interval -.1566 to .9566", () => {
    const { kappa, interval } = cohensKappa(hand);
    expect(kappa).toBeCloseTo(0.4, 10);
    expect(interval?.low).toBeCloseTo(-0.156575, 5);
    expect(interval?.high).toBeCloseTo(0.956575, 5);
  });

  it("perfect agreement has no spread: the interval is the point [1, 1]", () => {
    // 3 AA, 2 RR: po 1, pe .6 x .6 + .4 x .4 = .52, kappa 1; A = .6 (1 - 1.2 x 0)² + .4 x 1 = 1, B = 0,
    // C = (1 - 0)² = 1, Var = 0: the interval is the point [1, 1].
    const { kappa, interval } = cohensKappa([
      ...repeat(3, ["accepted", "accepted"]),
      ...repeat(2, ["rejected", "rejected"]),
    ]);
    expect([kappa, interval]).toEqual([1, { low: 1, high: 1 }]);
  });

  it("three categories (reasons): kappa over every category, not only accept and reject", () => {
    // 2 x (ethics, ethics), 1 x (heading, heading), 1 x (commitment, commitment), 1 x (ethics, heading):
    // po = 4/5 = .8; rows: ethics .6, heading .2, commitment .2; columns: ethics .4, heading .4, commitment .2;
    // pe = .6 x .4 + .2 x .4 + .2 x .2 = .24 + .08 + .04 = .36; kappa = (.8 - .36) / .64 = .6875.
    const { kappa } = cohensKappa([
      ...repeat(2, ["ethics", "ethics"]),
      ["heading", "heading"],
      ["commitment", "commitment"],
      ["ethics", "heading"],
    ]);
    expect(kappa).toBeCloseTo(0.6875, 10);
  });

  it("no kappa and no interval where chance agreement is 1 (both coded everything alike) or nothing is shared", () => {
    expect(cohensKappa(repeat(4, ["accepted", "accepted"]))).toEqual({
      kappa: null,
      interval: null,
    });
    expect(cohensKappa([])).toEqual({ kappa: null, interval: null });
  });

  it("compareAuditors gives the same kappa and interval for two auditors' verdicts by mention", () => {
    const a = new Map(hand.map(([x], i) => [`m${i}`, x]));
    const b = new Map(hand.map(([, y], i) => [`m${i}`, y]));
    const r = compareAuditors(a, b);
    expect([r.both, r.agreed, r.observed]).toEqual([10, 7, 0.7]);
    expect(r.interval?.low).toBeCloseTo(-0.156575, 5);
  });
});
