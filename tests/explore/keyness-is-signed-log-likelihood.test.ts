import { signedKeyness } from "../../pipeline/explore/index.js";

describe("keyness is the log-likelihood of target against reference, signed by which is more frequent", () => {
  it("10 in 100 target words against 10 in 1000 reference words is +22.9078", () => {
    // E = 100 x 20 / 1100 = 1.8182 (target, phrase), 98.1818, 18.1818, 981.8182;
    // G2 = 2 (10 ln 5.5 + 90 ln 0.91667 + 10 ln 0.55 + 990 ln 1.00833) = 2 (17.0475 - 7.8310 - 5.9784 + 8.2158)
    expect(
      signedKeyness({
        targetCount: 10,
        targetWords: 100,
        referenceCount: 10,
        referenceWords: 1000,
      }),
    ).toBeCloseTo(22.9078, 4);
  });

  it("1 in 100 against 100 in 1000 is negative: less frequent in the target than expected", () => {
    expect(
      signedKeyness({
        targetCount: 1,
        targetWords: 100,
        referenceCount: 100,
        referenceWords: 1000,
      }),
    ).toBeCloseTo(-13.4274, 4);
  });

  it("the same rate in both is 0, and absent from the target is negative", () => {
    expect(
      signedKeyness({
        targetCount: 5,
        targetWords: 100,
        referenceCount: 50,
        referenceWords: 1000,
      }),
    ).toBeCloseTo(0, 10);
    expect(
      signedKeyness({
        targetCount: 0,
        targetWords: 100,
        referenceCount: 5,
        referenceWords: 1000,
      }),
    ).toBeCloseTo(-0.9554, 4);
  });
});
