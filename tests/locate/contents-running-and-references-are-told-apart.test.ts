import { parse } from "csv-parse/sync";
import { makePdf } from "../fixtures/pdf-writer.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { bodyLines, layoutPage, type Item } from "../fixtures/layout-pdf.js";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import { join } from "node:path";

// Issue 17: a mention's location on generated documents laid out the way pdflatex (\tableofcontents, fancyhdr,
// thebibliography) and LibreOffice (a page-style footer, a glossary) set them. pdflatex and LibreOffice are not
// installed on this machine, so the pages are drawn item by item with the project's PDF writer.

/** fancyhdr: a header rule's text left and right, the page number centred in the footer. */
const fancy = (page: number): Item[] => [
  { text: "Alder Vale STP", x: 72, y: 750, size: 9 },
  { text: "Social value review", x: 440, y: 750, size: 9 },
  { text: String(page), x: 300, y: 40, size: 10 },
];

const latexReport = makePdf([
  layoutPage([
    { text: "Alder Vale: social value review", x: 150, y: 600, size: 20 },
    { text: "October 2016", x: 250, y: 560, size: 12 },
  ]),
  layoutPage([
    ...fancy(2),
    { text: "Contents", x: 72, y: 700, size: 17 },
    {
      text: "1 Introduction . . . . . . . . . . . . . 3",
      x: 72,
      y: 670,
      size: 10,
    },
    {
      text: "2 Social value in procurement . . . . . 4",
      x: 72,
      y: 656,
      size: 10,
    },
    {
      text: "References . . . . . . . . . . . . . . 5",
      x: 72,
      y: 642,
      size: 10,
    },
  ]),
  layoutPage([
    ...fancy(3),
    { text: "1 Introduction", x: 72, y: 700, size: 14 },
    ...bodyLines(
      [
        "The plan sets out how the footprint will close its gaps.",
        "Commissioners will weigh social value in every contract.",
        "This will reduce agency spend by 20 per cent by 2020/21.",
      ],
      680,
    ),
  ]),
  layoutPage([
    ...fancy(4),
    { text: "2 Social value in procurement", x: 72, y: 700, size: 14 },
    ...bodyLines(["Partners will publish what they buy each year."], 680),
  ]),
  layoutPage([
    ...fancy(5),
    { text: "References", x: 72, y: 700, size: 14 },
    {
      text: "[1] Cabinet Office. Public Services (Social Value) Act 2012.",
      x: 72,
      y: 680,
      size: 10,
    },
    {
      text: "[2] Social Enterprise UK. The social value guide. 2016.",
      x: 72,
      y: 666,
      size: 10,
    },
  ]),
]);

/** A LibreOffice page style's footer: the title and "Page N of M", centred, on every page. */
const footer = (page: number): Item[] => [
  { text: `Social value strategy - Page ${page} of 4`, x: 230, y: 36, size: 9 },
];

const writerDocument = makePdf([
  layoutPage([
    ...footer(1),
    { text: "Our strategy", x: 72, y: 720, size: 16 },
    ...bodyLines(["We will build community benefit into estates work."]),
  ]),
  layoutPage([
    ...footer(2),
    ...bodyLines(["Staff told us that recruitment is the first priority."]),
  ]),
  layoutPage([
    ...footer(3),
    { text: "Glossary", x: 72, y: 720, size: 16 },
    ...bodyLines([
      "SROI: social return on investment, a way to value outcomes.",
      "CCG: clinical commissioning group.",
    ]),
    { text: "Next steps", x: 72, y: 600, size: 16 },
    ...bodyLines(["Each trust will report its social value yearly."], 580),
  ]),
  layoutPage([
    ...footer(4),
    ...bodyLines(["The board signs the plan off in March."]),
  ]),
]);

describe("contents pages, running lines and references sections", () => {
  const root = writeCorpus([
    {
      plan: "alder-vale",
      path: "plans/alder-vale/review.pdf",
      bytes: latexReport,
    },
    {
      plan: "birch-coast",
      path: "plans/birch-coast/strategy.pdf",
      bytes: writerDocument,
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  let rows: Record<string, string>[] = [];

  beforeAll(() => {
    expect(
      runCli(["scan", "--corpus", root, "--db", db, "--quiet"]).status,
    ).toBe(0);
    const out = runCli(["export", "mentions", "--db", db, "--format", "csv"]);
    expect(out.status).toBe(0);
    rows = parse<Record<string, string>>(out.stdout, {
      bom: true,
      columns: true,
    });
  }, 120_000);

  const located = (document: string) =>
    rows
      .filter((r) => r.document === document)
      .map((r) => `p${r.page} ${r.term_id} ${r.location}`);

  it("tells a pdflatex-style contents page, fancyhdr header and bibliography from headings and body", () => {
    expect(located("plans/alder-vale/review.pdf")).toEqual([
      "p1 social-value heading",
      "p2 social-value running",
      "p2 social-value contents",
      "p3 social-value running",
      "p3 social-value body",
      "p4 social-value running",
      "p4 social-value heading",
      "p5 social-value running",
      "p5 public-services-social-value-act references",
      "p5 social-enterprise references",
      "p5 social-value references",
    ]);
  });

  it("tells a LibreOffice-style footer and glossary from the body after the next heading", () => {
    expect(located("plans/birch-coast/strategy.pdf")).toEqual([
      "p1 social-value running",
      "p1 community-benefit body",
      "p2 social-value running",
      "p3 social-value running",
      "p3 sroi references",
      "p3 social-value body",
      "p4 social-value running",
    ]);
  });

  // search locates only the places it shows unless --location asks it to filter: both ways give one answer.
  it("search gives each place the location of its mention, shown or filtered by --location", () => {
    type Found = {
      matches: number;
      places: { document: string; page: number; location: string }[];
    };
    const search = (...args: string[]) => {
      const r = runCli([
        "search",
        "social value",
        "--db",
        db,
        "--format",
        "json",
        ...args,
      ]);
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as Found;
    };
    const at = (f: Found) =>
      f.places.map((p) => `${p.document} p${p.page} ${p.location}`);
    const all = search();
    const review = at(all).filter((p) => p.startsWith("plans/alder-vale"));
    expect(review.slice(0, 4)).toEqual([
      "plans/alder-vale/review.pdf p1 heading",
      "plans/alder-vale/review.pdf p2 running",
      "plans/alder-vale/review.pdf p2 contents",
      "plans/alder-vale/review.pdf p3 running",
    ]);
    expect(at(search("--limit", "3"))).toEqual(at(all).slice(0, 3));
    const kinds = [...new Set(all.places.map((p) => p.location))];
    expect(kinds.length).toBeGreaterThan(3);
    for (const kind of kinds) {
      const only = search("--location", kind);
      expect(at(only)).toEqual(at(all).filter((p) => p.endsWith(` ${kind}`)));
      expect(only.matches).toBe(only.places.length);
    }
    expect(search("--location", "body,heading", "--limit", "1").matches).toBe(
      all.places.filter((p) => ["body", "heading"].includes(p.location)).length,
    );
  });
});
