import { highlightRects } from "../../pipeline/match/index.js";
import type { TextBox } from "../../pipeline/types.js";

const raw =
  "Our anchor institutions will add SOCIAL VALUE to every contract.\nsecond line";
const line: TextBox = {
  start: 0,
  end: 64,
  x: 100,
  y: 700,
  width: 360,
  height: 11,
  rotated: false,
};
const second: TextBox = {
  start: 65,
  end: 76,
  x: 100,
  y: 686,
  width: 60,
  height: 11,
  rotated: false,
};

describe("where a mention is highlighted on its page", () => {
  it("one rectangle over the words inside the item, placed by Helvetica widths", () => {
    const start = raw.indexOf("SOCIAL VALUE");
    const [rect, ...rest] = highlightRects(raw, [line, second], {
      start,
      end: start + 12,
    });
    expect(rest).toEqual([]);
    const [x0, y0, x1, y1] = rect ?? [0, 0, 0, 0];
    // Upper-case letters are wider than the line's average, so the box is wider than a share of characters.
    expect(x1 - x0).toBeGreaterThan((360 * 12) / 64);
    expect(x0).toBeGreaterThan(100);
    expect(x1).toBeLessThan(460);
    expect([y0, y1]).toEqual([697.25, 710.45]);
  });

  it("a phrase broken over two lines gets a rectangle on each", () => {
    expect(
      highlightRects(raw, [line, second], { start: 59, end: 71 }),
    ).toHaveLength(2);
  });

  it("rotated text and unknown boxes give no rectangle", () => {
    expect(
      highlightRects(raw, [{ ...line, rotated: true }], { start: 4, end: 10 }),
    ).toEqual([]);
    expect(highlightRects(raw, [], { start: 4, end: 10 })).toEqual([]);
  });
});
