import {
  boilerplateSpans,
  documentLayout,
  type LocatePage,
} from "../../pipeline/locate/index.js";

const HEADER = "Back office shared services programme";
const bodies = [
  "Partners add social value locally.",
  "Waiting lists fell in spring.",
  "Boards list the leads.",
  "Clinics open longer hours.",
];
const pages: LocatePage[] = bodies.map((body, i) => ({
  page: i + 1,
  raw: `${HEADER}\n${body}\nMore detail here ${i} of it: ${"x".repeat(i)}`,
  boxes: null,
}));

describe("running lines and contents pages are boilerplate, as the layout has them", () => {
  it("a header on every page is one span per page, the body none", () => {
    const layout = documentLayout(pages);
    const texts = pages.map((p) =>
      boilerplateSpans(layout, p).map((s) => p.raw.slice(s.start, s.end)),
    );
    expect(texts).toEqual(pages.map(() => [HEADER]));
  });

  it("a contents page is all boilerplate; a page with no running line has none", () => {
    const layout = {
      ...documentLayout(pages),
      running: {},
      contents: [2],
    };
    const raw = (pages[1] as LocatePage).raw;
    expect(boilerplateSpans(layout, pages[1] as LocatePage)).toEqual([
      { start: 0, end: raw.length },
    ]);
    expect(boilerplateSpans(layout, pages[0] as LocatePage)).toEqual([]);
  });
});
