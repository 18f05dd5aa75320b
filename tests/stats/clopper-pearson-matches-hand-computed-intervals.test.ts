import { clopperPearson, wilsonInterval } from "../../pipeline/stats/index.js";

// The exact (Clopper-Pearson) 95% interval of x "yes" pages of n judged, checked against values worked by hand.
// With x = 0 the lower end is 0 and the upper end p solves P(X = 0) = (1 - p)^n = 0.025; with x = n, the mirror.
// Otherwise each end solves one binomial tail = 0.025: the lower end P(X >= x | p) = 0.025, the upper end
// P(X <= x | p) = 0.025.

describe("the exact Clopper-Pearson interval of an elusion rate", () => {
  it("0 of 30: from 0 to 1 - 0.025^(1/30) = 11.57%", () => {
    // ln 0.025 = -3.688879; / 30 = -0.122963; e^-0.122963 = 0.884297; 1 - 0.884297 = 0.115703.
    const ci = clopperPearson(0, 30);
    expect(ci?.low).toBe(0);
    expect(ci?.high).toBeCloseTo(0.115703, 6);
  });

  it("1 of 30: from 1 - 0.975^(1/30) = 0.0844% to 17.22%", () => {
    // Lower: P(X >= 1) = 1 - (1 - p)^30 = 0.025, so p = 1 - 0.975^(1/30); ln 0.975 = -0.0253178; / 30 =
    // -0.000843927; 1 - e^-0.000843927 = 0.000843571.
    // Upper: P(X <= 1) = (1 - p)^30 + 30 p (1 - p)^29 = (1 - p + 30 p) (1 - p)^29 = 0.025. At p = 0.1722:
    // ln 0.8278 = -0.188984, x 29 = -5.480527, so 0.8278^29 = 0.004167; (0.8278 + 5.166) x 0.004167 = 5.9938 x
    // 0.004167 = 0.024977, just under 0.025; the tail falls as p grows, so p is a little below: 0.172169.
    const ci = clopperPearson(1, 30);
    expect(ci?.low).toBeCloseTo(0.000843571, 8);
    expect(ci?.high).toBeCloseTo(0.172169, 5);
  });

  it("3 of 100: from 0.623% to 8.52%", () => {
    // Lower: P(X >= 3) = 1 - (1-p)^98 [(1-p)^2 + 100 p (1-p) + 4950 p^2] = 0.025. At p = 0.00623:
    // (1-p)^98 = e^(98 ln 0.99377) = e^-0.612450 = 0.542021; the bracket is 0.987579 + 0.619119 + 0.192124 =
    // 1.798821; 0.542021 x 1.798821 = 0.975000, so the tail is 0.025000: p = 0.006230.
    // Upper: P(X <= 3) = (1-p)^97 [(1-p)^3 + 100 p (1-p)^2 + 4950 p^2 (1-p) + 161700 p^3] = 0.025. At p = 0.0852:
    // (1-p)^97 = e^(97 ln 0.9148) = e^-8.637832 = 0.000177271; the bracket is 0.765559 + 7.130039 + 32.870820 +
    // 100.006633 = 140.773051; 0.000177271 x 140.773051 = 0.024955, just under, so p is a little below: 0.085176.
    const ci = clopperPearson(3, 100);
    expect(ci?.low).toBeCloseTo(0.00623, 5);
    expect(ci?.high).toBeCloseTo(0.085176, 5);
  });

  it("all of n: the upper end is 1 and the lower end mirrors 0 of n", () => {
    const none = clopperPearson(0, 30);
    const all = clopperPearson(30, 30);
    expect(all?.high).toBe(1);
    expect(all?.low).toBeCloseTo(1 - (none?.high ?? 0), 9);
  });

  it("no page judged: no interval", () => {
    expect(clopperPearson(0, 0)).toBeNull();
  });

  it("is never narrower than Wilson's at these counts, and holds the observed rate", () => {
    for (const [x, n] of [
      [0, 30],
      [1, 30],
      [3, 100],
      [15, 30],
    ] as const) {
      const exact = clopperPearson(x, n);
      const wilson = wilsonInterval(x, n);
      expect([x, n, exact !== null && wilson !== null]).toEqual([x, n, true]);
      expect(exact?.low).toBeLessThanOrEqual(wilson?.low ?? -1);
      expect(exact?.high).toBeGreaterThanOrEqual(wilson?.high ?? 2);
      expect(exact?.low).toBeLessThanOrEqual(x / n);
      expect(exact?.high).toBeGreaterThanOrEqual(x / n);
    }
  });
});
