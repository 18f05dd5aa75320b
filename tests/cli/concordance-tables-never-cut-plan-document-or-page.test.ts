import { basename, join } from "node:path";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

// A plan id and a file name as long as the real ones (the shared corpus has plan ids of 50 characters), with
// mentions past page 9, so a table that cuts the plan/document column loses the page first.
const LONG_PLAN = "bath-and-north-east-somerset-swindon-and-wiltshire";
const LONG_FILE = `plans/${LONG_PLAN}/stp-bath-north-east-somerset-swindon-wiltshire-october-2016.pdf`;
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    textPage(`Page ${i + 1} is about waiting times.`),
  );

type Row = {
  mention_id?: string;
  plan_id: string;
  document: string;
  page: number;
};

describe("mentions and search tables keep plan, document and page whole, with a header row", () => {
  const corpus = writeCorpus([
    {
      plan: LONG_PLAN,
      path: LONG_FILE,
      bytes: makePdf([
        ...filler(11),
        textPage(
          "Our procurement policy follows the Public Services (Social Value) Act for every new tender we let.",
        ),
        textPage(
          "Commissioners will ask bidders to evidence social value in their tenders across the whole system.",
        ),
      ]),
    },
    {
      plan: "alder-vale",
      path: "plans/alder-vale/plan.pdf",
      bytes: makePdf([textPage("We will report the social value created.")]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  /** Each row's mention (or `#n`) id and page stand on a line under its full plan/document heading. */
  function expectWhole(table: string, rows: readonly Row[], ids: string[]) {
    const lines = table.split("\n");
    expect(rows.length).toBeGreaterThanOrEqual(3);
    rows.forEach((row, i) => {
      const at = lines.findIndex((l) => l.trimStart().startsWith(`${ids[i]} `));
      expect(at).toBeGreaterThan(0);
      expect(lines[at]).toMatch(new RegExp(` p${row.page}( |$)`));
      const heading = lines
        .slice(0, at)
        .reverse()
        .find((l) => !l.startsWith(" "));
      expect(heading).toBe(`${row.plan_id}/${basename(row.document)}`);
    });
  }

  it.each([["80"], ["160"]])(
    "mentions at %s columns: every row shows its page, under a header row",
    (columns) => {
      const json = runCli(["mentions", "--db", db, "--format", "json"]);
      const rows = JSON.parse(json.stdout) as Required<Row>[];
      const r = runCli(["mentions", "--db", db], { env: { COLUMNS: columns } });
      expect(r.status).toBe(0);
      const lines = r.stdout.split("\n");
      expect(lines[0]).toBe("plan/document");
      // At 80 columns the header, like each row, is two lines: the context goes under the rest.
      expect(lines.slice(1, 3).join("\n")).toMatch(
        /^ +mention +page [\s\S]*left \| match +\| right/,
      );
      expectWhole(
        r.stdout,
        rows,
        rows.map((m) => m.mention_id),
      );
      // The context is what gives way: rows fit the terminal; only a heading may be longer than it.
      const rowLines = lines.filter((l) => l.startsWith(" "));
      expect(rowLines.every((l) => l.length <= Number(columns))).toBe(true);
    },
  );

  it("search: every place shows its page, under a header row", () => {
    const json = runCli([
      "search",
      "social value",
      "--db",
      db,
      "--format",
      "json",
    ]);
    const places = (JSON.parse(json.stdout) as { places: Row[] }).places;
    const r = runCli(["search", "social value", "--db", db], {
      env: { COLUMNS: "100" },
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").slice(0, 3).join("\n")).toMatch(
      /^plan\/document\n +# +page [\s\S]*left \| match +\| right/,
    );
    expectWhole(
      r.stdout,
      places,
      places.map((_, i) => `#${i + 1}`),
    );
  });
});
