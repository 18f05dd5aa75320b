import { join } from "node:path";
import { counted, plural } from "../pipeline/plural.js";
import { writeCorpus } from "./fixtures/corpus-builder.js";
import { makePdf, textPage } from "./fixtures/pdf-writer.js";
import { runCli } from "./cli/run-cli.js";

describe("a printed count agrees with its number", () => {
  it.each([
    [0, "page", undefined, "0 pages"],
    [1, "page", undefined, "1 page"],
    [2, "page", undefined, "2 pages"],
    [1, "match", "matches", "1 match"],
    [3, "match", "matches", "3 matches"],
  ])("counted(%d, %s, %s) is %s", (n, word, many, expected) => {
    expect(counted(n, word, many)).toBe(expected);
  });

  it("plural gives the word alone, for a count printed apart from it", () => {
    expect([plural(1, "has", "have"), plural(2, "has", "have")]).toEqual([
      "has",
      "have",
    ]);
  });

  it("scanning one one-page document says 1 document, 1 page, 1 worker (fixed: said 1 pages)", () => {
    const corpus = writeCorpus([
      {
        plan: "oak",
        path: "plans/oak/oak.pdf",
        bytes: makePdf([textPage("Oak will add social value.")]),
      },
    ]);
    const r = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      join(corpus, "s.sqlite"),
      "--ocr",
      "off",
      "--jobs",
      "1",
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^scanned 1 document \(1 page read by 1 worker\), 1 mention, in /m,
    );
  });
});
