import { nominalAlpha } from "../../pipeline/audit/index.js";

// alpha = 1 - (n - 1) Σc≠k o_ck / Σc≠k n_c n_k, over the units with two values or more. A unit with m values
// adds (m² - Σ count²) / (m - 1) to the disagreeing coincidences; n_c counts the values c over those units.

describe("Krippendorff's alpha (nominal) reads any number of coders and missing codings", () => {
  it("two coders, one unit coded once (left out): alpha .64", () => {
    // u1 AA, u2 AA, u3 AR, u4 RR, u5 RR, u6 A (one value: not pairable). Only u3 disagrees: (4 - 2) / 1 = 2.
    // n_A = 2 + 2 + 1 = 5, n_R = 1 + 2 + 2 = 5, n = 10; Σc≠k n_c n_k = 100 - 50 = 50.
    // alpha = 1 - 9 x 2 / 50 = 1 - .36 = .64.
    const r = nominalAlpha([
      ["accepted", "accepted"],
      ["accepted", "accepted"],
      ["accepted", "rejected"],
      ["rejected", "rejected"],
      ["rejected", "rejected"],
      ["accepted"],
    ]);
    expect(r.alpha).toBeCloseTo(0.64, 10);
    expect([r.units, r.values]).toEqual([5, 10]);
  });

  it("three coders with codings missing: alpha .25", () => {
    // u1 AAA: 0. u2 ARA: (9 - (4 + 1)) / 2 = 2. u3 RR (third missing): 0. u4 RA (second missing): (4 - 2) / 1 = 2.
    // u5 A alone: left out. Σ disagreeing = 4; n_A = 3 + 2 + 0 + 1 = 6, n_R = 0 + 1 + 2 + 1 = 4, n = 10;
    // Σc≠k n_c n_k = 100 - (36 + 16) = 48; alpha = 1 - 9 x 4 / 48 = 1 - .75 = .25.
    const r = nominalAlpha([
      ["accepted", "accepted", "accepted"],
      ["accepted", "rejected", "accepted"],
      ["rejected", "rejected"],
      ["rejected", "accepted"],
      ["accepted"],
    ]);
    expect(r.alpha).toBeCloseTo(0.25, 10);
    expect([r.units, r.values]).toEqual([4, 10]);
  });

  it("Krippendorff's own example (2011, 'Computing Krippendorff's Alpha-Reliability': 4 coders, 12 units, values 1-5) gives .743", () => {
    // The reliability data matrix of that paper, a dot for a missing coding; unit 12 has one value only.
    const coders = [
      "1 2 3 3 2 1 4 1 2 . . .",
      "1 2 3 3 2 2 4 1 2 5 . 3",
      ". 3 3 3 2 3 4 2 2 5 1 .",
      "1 2 3 3 2 4 4 1 2 5 1 .",
    ].map((row) => row.split(" "));
    const units = Array.from({ length: 12 }, (_, u) =>
      coders.map((c) => c[u] ?? ".").filter((v) => v !== "."),
    );
    const r = nominalAlpha(units);
    expect(r.alpha).toBeCloseTo(0.743, 3);
    expect([r.units, r.values]).toEqual([11, 40]);
  });

  it("perfect agreement is 1; no alpha when every value is one category, or nothing is pairable", () => {
    expect(
      nominalAlpha([
        ["accepted", "accepted"],
        ["rejected", "rejected"],
      ]).alpha,
    ).toBe(1);
    expect(nominalAlpha([["accepted", "accepted"]]).alpha).toBeNull();
    expect(nominalAlpha([["accepted"], []]).alpha).toBeNull();
  });
});
