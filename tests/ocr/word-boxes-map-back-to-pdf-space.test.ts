import { pixelsToPage, wordBoxOnPage } from "../../pipeline/ocr/index.js";

// A page rendered at 300 dpi: 300/72 pixels per point, y down from the top of the page as seen.
const letter = { page: 1, view: [0, 0, 612, 792] as const, rotate: 0 };
/** A point to 1e-6 pt, so that -0 and 792.0000000000001 read as 0 and 792. */
const near = ([x, y]: readonly [number, number]) => [
  Math.round(x * 1e6) / 1e6 + 0,
  Math.round(y * 1e6) / 1e6 + 0,
];

describe("pixelsToPage", () => {
  it("maps the top left pixel to the top left of the crop box, y up, in points", () => {
    const toPage = pixelsToPage(letter, 300);
    expect(near(toPage(0, 0))).toEqual([0, 792]);
    expect(near(toPage(2550, 3300))).toEqual([612, 0]);
    expect(near(toPage(300, 300))).toEqual([72, 720]);
  });

  it("follows a crop box that does not start at the origin", () => {
    const toPage = pixelsToPage(
      { page: 1, view: [36, 18, 576, 774], rotate: 0 },
      72,
    );
    expect(near(toPage(0, 0))).toEqual([36, 774]);
  });

  it.each([
    [90, [0, 0], [0, 0]],
    [90, [792, 612], [612, 792]],
    [180, [0, 0], [612, 0]],
    [270, [0, 0], [612, 792]],
  ] as const)(
    "follows /Rotate %i: pixel %j is point %j",
    (rotate, pixel, point) => {
      expect(
        near(pixelsToPage({ ...letter, rotate }, 72)(pixel[0], pixel[1])),
      ).toEqual(point);
    },
  );
});

describe("wordBoxOnPage", () => {
  const image = { width: 2551, height: 3301 };
  const toPage = pixelsToPage(letter, 300);

  it("gives a straight page's word box in points", () => {
    expect(
      wordBoxOnPage(
        { left: 300, top: 300, width: 600, height: 60 },
        image,
        0,
        toPage,
      ),
    ).toEqual([72, 705.6, 216, 720]);
  });

  it("turns a box read on the straightened page back onto the tilted page", () => {
    // A box at the centre stays there; one 1000 px right of it rises as the page turns counter-clockwise.
    const centre = wordBoxOnPage(
      { left: 1265, top: 1640, width: 20, height: 20 },
      image,
      2,
      toPage,
    );
    expect(centre.map(Math.round)).toEqual([304, 394, 308, 398]);
    const right = wordBoxOnPage(
      { left: 2265, top: 1640, width: 20, height: 20 },
      image,
      2,
      toPage,
    );
    const rise = (right[1] + right[3]) / 2 - 396;
    expect(rise).toBeCloseTo(
      ((1000 * 72) / 300) * Math.sin((2 * Math.PI) / 180),
      0,
    );
  });
});
