import { createServer } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

describe("files, ports and plots: one line in plain words, exit 2", () => {
  const corpus = writeCorpus([
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

  it("a busy --port says so and what to do", async () => {
    const taken = createServer();
    await new Promise<void>((ok) => taken.listen(0, "127.0.0.1", ok));
    const port = (taken.address() as { port: number }).port;
    try {
      const r = runCli(["serve", "--db", db, "--port", String(port)]);
      expect([r.status, r.stderr]).toEqual([
        2,
        `stp-scan: port ${port} is in use (another stp-scan serve, or another program); choose another with --port\n`,
      ]);
    } finally {
      taken.close();
    }
  });

  it("a lexicon saved with semicolons is told to use commas", () => {
    const lexicon = join(tempDir(), "lexicon.csv");
    writeFileSync(
      lexicon,
      "id;phrase;concept;headline\nsocial-value;social value;social-value;true\n",
    );
    const r = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      join(tempDir(), "x.sqlite"),
      "--lexicon",
      lexicon,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `stp-scan: ${lexicon}:1: missing column(s) id, phrase, concept, headline; its columns are separated by semicolons: save it as CSV with commas between columns (in Excel: CSV UTF-8, comma delimited)\n`,
    );
  });

  it("a lexicon with commas but a misspelt column gets no separator hint", () => {
    const lexicon = join(tempDir(), "lexicon.csv");
    writeFileSync(
      lexicon,
      "id,phrase,concept,headlines\nsv,social value,social-value,true\n",
    );
    const r = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      join(tempDir(), "x.sqlite"),
      "--lexicon",
      lexicon,
    ]);
    expect([r.status, r.stderr]).toEqual([
      2,
      `stp-scan: ${lexicon}:1: missing column(s) headline\n`,
    ]);
  });

  it("search --plot refuses a name that is not .svg, and writes one that is", () => {
    const folder = tempDir();
    const png = runCli([
      "search",
      "social value",
      "--db",
      db,
      "--plot",
      join(folder, "plot.png"),
    ]);
    expect([png.status, png.stdout]).toEqual([2, ""]);
    expect(png.stderr).toMatch(
      /^stp-scan: --plot .*plot\.png: the plot is an SVG drawing; name a file ending in \.svg/,
    );
    const svg = runCli([
      "search",
      "social value",
      "--db",
      db,
      "--plot",
      join(folder, "plot.svg"),
    ]);
    expect(svg.status).toBe(0);
    expect(svg.stderr).toContain("wrote ");
  });

  it.each([
    [
      ["audit", "import", "/no/such/sheet.csv"],
      "stp-scan: /no/such/sheet.csv: no such file or folder\n",
    ],
    [
      ["verify", "/no/such/bundle.zip"],
      "stp-scan: /no/such/bundle.zip: cannot read the bundle: no such file or folder\n",
    ],
  ])("%j names the missing file in words, not ENOENT", (args, message) => {
    const r = runCli(args[0] === "audit" ? [...args, "--db", db] : args);
    expect([r.status, r.stderr]).toEqual([2, message]);
  });
});
