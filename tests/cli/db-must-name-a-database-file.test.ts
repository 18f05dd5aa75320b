import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

describe("--db must name a database file", () => {
  it.each([
    [["mentions", "--db"]],
    [["mentions", "--db", "--plan", "x"]],
    [["stats", "--db="]],
  ])("%j: --db without a value is refused, not read as the default", (args) => {
    const r = runCli(args);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      "",
      "stp-scan: --db needs a file name (leave --db out to use output/stp-scan.sqlite)\n",
    ]);
  });

  it("another option without its value is refused too", () => {
    const r = runCli(["mentions", "--out", "--db", "x.sqlite"]);
    expect([r.status, r.stderr]).toEqual([
      2,
      "stp-scan: --out needs a value\n",
    ]);
  });

  it.each([["mentions"], ["stats"], ["scan"]])(
    "%s --db FOLDER says it is a folder",
    (command) => {
      const folder = join(tempDir(), "output");
      mkdirSync(folder);
      const r = runCli([command, "--db", folder]);
      expect([r.status, r.stderr]).toEqual([
        2,
        `stp-scan: ${folder}: is a folder, not a database file (--db)\n`,
      ]);
    },
  );
});
