import { runCli } from "../cli/run-cli.js";
import { servedDemo } from "./workbench.js";

type Page = {
  document: string;
  plan: string;
  page: number;
  pages: number;
  class: string;
  text: string;
  mentions: { id: string; start: number; end: number; boxes: unknown[] }[];
  hits: { start: number; end: number; match: string; boxes: unknown[] }[];
};

const page = (document: string, n: number, query = "") =>
  `/api/documents/${encodeURIComponent(document)}/pages/${n}${query}`;

describe("a document's page answers its text, its class, its mentions and the query's places on it, each with highlight boxes", () => {
  const demo = servedDemo();

  it("the page's mentions are export mentions' rows of that page, and q= gives search's places on it", async () => {
    const document = "plans/alder-vale/alder-vale-stp.pdf";
    const answer = await demo
      .served()
      .json<Page>(page(document, 2, "?q=social%20valu*&mode=glob"));
    const exported = (
      JSON.parse(
        runCli(["export", "mentions", "--db", demo.db(), "--format", "json"])
          .stdout,
      ) as {
        mention_id: string;
        document: string;
        page: number;
        start: number;
        end: number;
      }[]
    ).filter((m) => m.document === document && m.page === 2);
    const searched = (
      JSON.parse(
        runCli([
          "search",
          "social valu*",
          "--plan",
          "alder-vale",
          "--db",
          demo.db(),
          "--format",
          "json",
        ]).stdout,
      ) as {
        places: {
          document: string;
          page: number;
          start: number;
          end: number;
          match: string;
        }[];
      }
    ).places.filter((p) => p.document === document && p.page === 2);
    expect([answer.plan, answer.page, answer.pages, answer.class]).toEqual([
      "alder-vale",
      2,
      3,
      "text",
    ]);
    expect(exported.length).toBe(2);
    expect(answer.mentions.map((m) => [m.id, m.start, m.end])).toEqual(
      exported.map((m) => [m.mention_id, m.start, m.end]),
    );
    expect(searched.length).toBe(2);
    expect(answer.hits.map((h) => [h.start, h.end, h.match])).toEqual(
      searched.map((p) => [p.start, p.end, p.match]),
    );
    // Each highlight is drawn where the text stands: one box, or two for the hit across the line end ("so-\ncial").
    expect(answer.mentions.map((m) => m.boxes.length)).toEqual([1, 2]);
    expect(answer.hits.map((h) => h.boxes.length)).toEqual([1, 2]);
    expect(answer.text.slice(answer.hits[1]?.start, answer.hits[1]?.end)).toBe(
      "so-\ncial value",
    );
  });

  it("without q there are no hits; pages without a text layer (OCR off) are unreadable, with no text", async () => {
    const plain = await demo
      .served()
      .json<Page>(page("plans/alder-vale/alder-vale-stp.pdf", 2));
    expect([plain.hits, plain.mentions.length]).toEqual([[], 2]);
    const classes = [];
    for (const n of [1, 2, 3]) {
      const p = await demo
        .served()
        .json<Page>(page("plans/fenwick-moor/fenwick-moor-stp.pdf", n));
      classes.push([p.class, p.text === ""]);
    }
    // Its first page is a picture and its third a scan: OCR reads them (demo corpus); with OCR off, neither.
    expect(classes).toEqual([
      ["unreadable", true],
      ["text", false],
      ["unreadable", true],
    ]);
  });
});
