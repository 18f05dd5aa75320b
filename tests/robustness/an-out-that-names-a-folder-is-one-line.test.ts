import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

describe("--out or --plot naming a folder", () => {
  const corpus = writeCorpus([
    {
      plan: "alder",
      path: "plans/alder/plan.pdf",
      bytes: makePdf([textPage("We add social value.")]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  const folder = join(tempDir(), "reports");
  mkdirSync(folder);
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  it.each([
    [["report", "--db", db, "--out", folder], "out"],
    [["export", "mentions", "--db", db, "--out", folder], "out"],
    [["bundle", "--db", db, "--out", folder], "out"],
    [["search", "social value", "--db", db, "--plot", folder], "plot"],
  ])("%j is one line and exit 2, the folder left as it was", (args, option) => {
    const r = runCli(args);
    expect([r.status, r.stderr]).toEqual([
      2,
      `stp-scan: ${folder}: is a folder; give the name of a file to write (--${option} FOLDER/FILE)\n`,
    ]);
    expect(readdirSync(folder)).toEqual([]);
  });
});
