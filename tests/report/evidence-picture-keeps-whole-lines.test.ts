import { highlightPicture } from "../../pipeline/report/picture-crop.js";

// 20 x 20 pixels, white; black rows are ink: a line cut by the top edge (0-1), the passage (8-11), a line cut
// by the bottom edge (18-19), ink in columns 5-14 only.
function page() {
  const data = new Uint8Array(20 * 20).fill(255);
  for (const y of [0, 1, 8, 9, 10, 11, 18, 19])
    for (let x = 5; x < 15; x++) data[y * 20 + x] = 0;
  return { width: 20, height: 20, data };
}

describe("an evidence picture shows whole lines, the passage highlighted", () => {
  const picture = highlightPicture(page(), [[5, 8, 15, 12]]);
  const at = (x: number, y: number) => [
    ...picture.data.subarray(
      (y * picture.width + x) * 3,
      (y * picture.width + x) * 3 + 3,
    ),
  ];

  it("drops lines the region cut at its top and bottom, and white side margins beyond 8 pixels", () => {
    expect([picture.width, picture.height]).toEqual([20, 16]);
    expect(at(10, 0)).toEqual([255, 255, 255]);
    expect(at(10, picture.height - 1)).toEqual([255, 255, 255]);
  });

  it("tints the passage yellow and leaves the rest grey", () => {
    expect(at(4, 6)).toEqual([255, 237, 77]); // paper under the highlight
    expect(at(10, 6)).toEqual([0, 0, 0]); // ink stays black
    expect(at(18, 14)).toEqual([255, 255, 255]);
  });
});
