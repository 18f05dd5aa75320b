import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { imagePage, makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { runCliFor } from "./cli-with-a-time-limit.js";

describe("corpus accept-pages with a page number past 2^53", () => {
  const corpus = writeCorpus([
    {
      plan: "alder",
      path: "plans/alder/plan.pdf",
      bytes: makePdf([textPage("We add social value."), imagePage()]),
    },
  ]);
  const db = join(tempDir(), "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  // 2^53 + 1 reads as 2^53, where p++ no longer moves: the page loop never ended.
  it.each(["9007199254740993", "9007199254740992", "1-9007199254740993"])(
    "%s is one line and exit 2, at once",
    (pages) => {
      const r = runCliFor([
        "corpus",
        "accept-pages",
        "plans/alder/plan.pdf",
        pages,
        "--note",
        "a map",
        "--db",
        db,
      ]);
      expect([r.status, r.stderr]).toEqual([
        2,
        `stp-scan: plans/alder/plan.pdf: "${pages}" is not a list of pages (write 3 or 3,5-6)\n`,
      ]);
    },
  );

  it("its neighbour, a page number that fits, is read and checked against the document", () => {
    const r = runCliFor([
      "corpus",
      "accept-pages",
      "plans/alder/plan.pdf",
      "3",
      "--note",
      "a map",
      "--db",
      db,
    ]);
    expect([r.status, r.stderr]).toEqual([
      2,
      "stp-scan: plans/alder/plan.pdf: page 3 is not a page of it (it has 2)\n",
    ]);
  });
});
