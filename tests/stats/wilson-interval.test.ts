import { wilsonInterval } from "../../pipeline/stats/index.js";

describe("95% Wilson confidence interval of the share", () => {
  it.each([
    // Reference values computed by hand from the Wilson formula with z = 1.95996.
    [5, 40, 0.0546, 0.2612],
    [6, 44, 0.0641, 0.2667],
    [1, 2, 0.0945, 0.9055],
  ])("%i of %i lies in [%f, %f]", (k, n, low, high) => {
    const ci = wilsonInterval(k, n);
    expect(ci?.low).toBeCloseTo(low, 3);
    expect(ci?.high).toBeCloseTo(high, 3);
  });

  it("0 of n starts at 0 and n of n ends at 1, never outside [0, 1]", () => {
    expect(wilsonInterval(0, 10)?.low).toBe(0);
    expect(wilsonInterval(10, 10)?.high).toBeCloseTo(1, 12);
    expect(wilsonInterval(10, 10)?.high).toBeLessThanOrEqual(1);
  });

  it("no plan fully read gives no interval", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
