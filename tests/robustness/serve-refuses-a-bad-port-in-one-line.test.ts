import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCliFor } from "./cli-with-a-time-limit.js";

describe("serve --port that is not a port", () => {
  const corpus = writeCorpus([
    {
      plan: "alder",
      path: "plans/alder/plan.pdf",
      bytes: makePdf([textPage("We add social value.")]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  it.each([
    ["70000", "--port 70000"],
    ["-1", "--port -1"],
    ["1.5", "--port 1.5"],
    ["abc", "--port"],
  ])("%s is one line and exit 2", (port, shown) => {
    const r = runCliFor(["serve", "--db", db, `--port=${port}`]);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      "",
      `stp-scan: ${shown}: not a port number; give a whole number from 1024 to 65535, or 0 for any free port\n`,
    ]);
  });
});
