import { drawUniformSample } from "../../pipeline/stats/index.js";

const frame = Array.from({ length: 40 }, (_, i) => `page ${i + 1}`);

describe("a seeded draw of pages (the elusion sample)", () => {
  it("the same seed over the same frame draws the same pages, in the same order", () => {
    const first = drawUniformSample(frame, 10, 2020);
    expect(first).toHaveLength(10);
    expect(drawUniformSample(frame, 10, 2020)).toEqual(first);
  });

  it("another seed draws other pages", () => {
    expect(drawUniformSample(frame, 10, 2021)).not.toEqual(
      drawUniformSample(frame, 10, 2020),
    );
  });

  it("never draws a page twice, and only pages of the frame", () => {
    const drawn = drawUniformSample(frame, 25, 7);
    expect(new Set(drawn).size).toBe(25);
    for (const page of drawn) expect(frame).toContain(page);
  });

  it("asked for more pages than the frame holds, it draws every page once", () => {
    const drawn = drawUniformSample(frame.slice(0, 5), 9, 1);
    expect([...drawn].sort()).toEqual(frame.slice(0, 5).sort());
  });

  it("draws from an empty frame nothing", () => {
    expect(drawUniformSample([], 3, 1)).toEqual([]);
  });

  it("gives every page the same chance: over 4000 seeds each of 8 pages is first about 500 times", () => {
    const pages = frame.slice(0, 8);
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const [first = ""] = drawUniformSample(pages, 1, seed);
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect(firsts.size).toBe(8);
    // Binomial(4000, 1/8): mean 500, standard deviation 20.9; 400-600 is almost five of them either side.
    for (const [page, n] of firsts)
      expect([page, n > 400 && n < 600]).toEqual([page, true]);
  });
});
