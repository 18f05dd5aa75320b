import { labelWidth, wrapLabel } from "../../pipeline/report/chart.js";

describe("chart labels wrap instead of running off the chart", () => {
  it("a long plan id wraps after its hyphens, every line within the width, nothing lost (fixed #13)", () => {
    const id = "durham-darlington-tees-hambleton-richmondshire-and-whitby";
    const lines = wrapLabel(id, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(id);
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(150);
    expect(lines.slice(0, -1).every((l) => l.endsWith("-"))).toBe(true);
  });

  it("a short label stays one line; a word wider than the column is split inside it", () => {
    expect(wrapLabel("kent-and-medway", 300)).toEqual(["kent-and-medway"]);
    const lines = wrapLabel("x".repeat(80), 100);
    expect(lines.join("")).toBe("x".repeat(80));
    expect(lines.every((l) => labelWidth(l) <= 100)).toBe(true);
  });

  it("spaces between words are where names wrap, and are not kept at line ends", () => {
    const lines = wrapLabel("North Central London (apart)", 120);
    expect(lines.join(" ")).toBe("North Central London (apart)");
    expect(lines.every((l) => l === l.trim())).toBe(true);
  });
});
