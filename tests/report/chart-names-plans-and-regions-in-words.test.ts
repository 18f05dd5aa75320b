import { renderChart } from "../../pipeline/report/chart.js";

const plans = [
  {
    plan: "alder-vale",
    name: "Alder Vale",
    region: "North",
    headline: 2,
    related: 1,
    mentions: true,
  },
  {
    plan: "dunmoor",
    name: "Dunmoor",
    region: "North",
    headline: 1,
    related: 0,
    mentions: null,
  },
  {
    plan: "elm-bridge",
    name: "Elm Bridge",
    region: "London",
    headline: 1,
    related: 0,
    mentions: true,
  },
  {
    plan: "x1",
    name: "x1",
    region: "London",
    headline: 0,
    related: 0,
    mentions: false,
  },
];
// The text of the chart's labels, in order, as a screen reader or a grey-scale print gives them.
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    (m[1] as string)
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );

describe("the chart says each plan's name and region in words, not by colour alone", () => {
  const svg = renderChart(plans);

  it("labels a plan with its name and id; a name that is the id once", () => {
    const labels = texts(svg);
    expect(labels).toContain("Alder Vale (alder-vale)");
    expect(labels).toContain("Dunmoor (dunmoor) (apart)");
    expect(labels).toContain("x1");
    expect(labels).not.toContain("alder-vale");
  });

  it("heads each region's plans with the region's name, in the order drawn", () => {
    const labels = texts(svg);
    const at = (t: string) => labels.indexOf(t);
    expect(at("Region: London")).toBeGreaterThan(-1);
    expect(at("Region: London")).toBeLessThan(at("Elm Bridge (elm-bridge)"));
    expect(at("Elm Bridge (elm-bridge)")).toBeLessThan(at("Region: North"));
    expect(at("Region: North")).toBeLessThan(at("Alder Vale (alder-vale)"));
  });

  it("names the region in each bar's title too", () => {
    expect(svg).toContain(
      "<title>Alder Vale (alder-vale), North: 2 headline</title>",
    );
  });
});
