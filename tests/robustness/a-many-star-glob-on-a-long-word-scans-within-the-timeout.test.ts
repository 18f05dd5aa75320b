import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { startCli } from "./robustness-corpus.js";

// A backtracking `^.*a.*e.*i.*o.*u.*x$` ran on this word far past `--timeout 5`: its work grew with the word's
// length to the power of the stars (tests/bench/runs/2026-12-07/1217-regex-and-glob-timeouts.md).
const LONG_WORD = "aeiou".repeat(120);

describe("a many-star glob against a 600-letter word", () => {
  it("scans in well under --timeout 5, the document read and its one mention found", async () => {
    const corpus = writeCorpus([
      {
        plan: "p1",
        path: "plans/p1/plan.pdf",
        bytes: makePdf([
          textPage("One baeioux here."),
          // Small type, so that the whole word stands on the page.
          {
            kind: "content",
            stream: `BT /F1 1 Tf 20 700 Td (${LONG_WORD}) Tj ET\n`,
          },
        ]),
      },
    ]);
    writeFileSync(
      join(corpus, "lexicon.csv"),
      "id,phrase,concept,headline\nvowels,*a*e*i*o*u*x,vowels,true\n",
    );
    const db = join(tempDir(), "glob.sqlite");
    const started = performance.now();
    const scan = startCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--timeout",
      "5",
      "--ocr",
      "off",
      "--quiet",
    ]);
    const killer = setTimeout(() => scan.child.kill("SIGKILL"), 30_000);
    const { status, stderr } = await scan.done;
    clearTimeout(killer);
    const seconds = (performance.now() - started) / 1000;
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(seconds).toBeLessThan(5);
    const documents = JSON.parse(
      runCli(["export", "documents", "--db", db, "--format", "json"]).stdout,
    ) as { status: string }[];
    expect(documents.map((d) => d.status)).toEqual(["ok"]);
    const mentions = JSON.parse(
      runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout,
    ) as { surface: string; page: number }[];
    expect(mentions.map((m) => [m.page, m.surface])).toEqual([[1, "baeioux"]]);
    const page = runCli(["search", LONG_WORD, "--db", db, "--format", "csv"]);
    expect(page.stdout).toContain(",2,");
  }, 90_000);
});
