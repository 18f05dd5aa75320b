import { servedDemo } from "./workbench.js";

type Search = {
  total: number;
  plans_with_hit: number;
  per_plan: { plan: string; hits: number }[];
  offset: number;
  limit: number;
  sort: string[];
  places: {
    plan_id: string;
    start: number;
    right: string;
    region: string;
    source: string;
  }[];
};

describe("a search pages through its places, filtered by region and source, sorted by several keys", () => {
  const demo = servedDemo();

  const search = (query: string) =>
    demo.served().json<Search>(`/api/search?q=value&mode=exact${query}`);

  it("pages of 2 put together are the whole list, and say which page they are", async () => {
    const whole = await search("&limit=1000&sort=R1,L1");
    expect(whole.total).toBeGreaterThan(4);
    expect(whole.places.length).toBe(whole.total);
    const pages = [];
    for (let offset = 0; offset < whole.total; offset += 2) {
      const page = await search(`&limit=2&offset=${offset}&sort=R1,L1`);
      expect([page.offset, page.limit, page.sort, page.total]).toEqual([
        offset,
        2,
        ["R1", "L1"],
        whole.total,
      ]);
      pages.push(...page.places);
    }
    expect(pages).toEqual(whole.places);
    expect((await search("&offset=1000")).places).toEqual([]);
  });

  it("without limit a page holds 50 places at most", async () => {
    const page = await demo
      .served()
      .json<Search>("/api/search?q=%5Cw%2B&mode=regex");
    expect(page.total).toBeGreaterThan(50);
    expect([page.limit, page.places.length]).toEqual([50, 50]);
  });

  it("region= keeps the places of that region's plans, and counts only its plans", async () => {
    const all = await search("&limit=1000");
    const north = await search("&limit=1000&region=North");
    const inNorth = all.places.filter((p) => p.region === "North");
    expect(inNorth.length).toBeGreaterThan(0);
    expect(inNorth.length).toBeLessThan(all.total);
    expect(north.total).toBe(inNorth.length);
    expect(north.places).toEqual(inNorth);
    expect(north.per_plan.map((c) => c.plan)).toEqual([
      "alder-vale",
      "dunmoor",
      "fenwick-moor",
    ]);
    expect(north.plans_with_hit).toBe(
      north.per_plan.filter((c) => c.hits > 0).length,
    );
  });

  it("source=text keeps every place when no page was read by OCR, source=ocr none", async () => {
    const all = await search("");
    expect([
      (await search("&source=text")).total,
      (await search("&source=ocr")).total,
    ]).toEqual([all.total, 0]);
    expect(all.places.every((p) => p.source === "text")).toBe(true);
  });

  it("a sort and its descending form list the same places, the second one in reverse where keys differ", async () => {
    const up = await search("&limit=1000&sort=plan");
    const down = await search("&limit=1000&sort=-plan");
    expect(down.places.map((p) => p.plan_id)).toEqual(
      up.places.map((p) => p.plan_id).reverse(),
    );
  });
});
