import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";

// The explore commands keep what they work out (the page index, the corpus word totals, document layouts) in
// the database; after a re-scan that changes the corpus they must answer as on a database scanned afresh.
describe("what the explore commands keep follows the corpus", () => {
  const alpha = {
    plan: "alpha",
    path: "plans/alpha/plan.pdf",
    bytes: makePdf([
      textPage("We will add social value. Care is social. Value is judged."),
    ]),
  };
  const beta = {
    plan: "beta",
    path: "plans/beta/plan.pdf",
    bytes: makePdf([
      textPage("Social value, social value and social values."),
      textPage("Care and value."),
    ]),
  };
  const before = writeCorpus([alpha]);
  const after = writeCorpus([alpha, beta]);
  const kept = join(tempDir(), "kept.sqlite");
  const fresh = join(tempDir(), "fresh.sqlite");
  const questions = [
    ["words", "--top", "0"],
    ["search", "social value"],
    ["search", "social valu*"],
    ["search", "--regex", "care|judged"],
    ["collocates", "social value", "--min-count", "1"],
  ];
  const answers = (db: string) =>
    questions.map((q) => {
      const r = runCli([...q, "--db", db, "--format", "json"]);
      expect(r.status).toBe(0);
      return r.stdout;
    });

  beforeAll(() => {
    expect(runCli(["scan", "--corpus", before, "--db", kept]).status).toBe(0);
    answers(kept);
    expect(
      runCli(["scan", "--corpus", after, "--db", kept, "--replace-corpus"])
        .status,
    ).toBe(0);
    expect(runCli(["scan", "--corpus", after, "--db", fresh]).status).toBe(0);
  }, 120_000);

  it("words, search and collocates after a re-scan that adds a plan answer as on a fresh scan", () => {
    expect(answers(kept)).toEqual(answers(fresh));
  });

  it("and again after a re-scan that takes the plan away", () => {
    expect(
      runCli(["scan", "--corpus", before, "--db", kept, "--replace-corpus"])
        .status,
    ).toBe(0);
    const alone = join(tempDir(), "alone.sqlite");
    expect(runCli(["scan", "--corpus", before, "--db", alone]).status).toBe(0);
    expect(answers(kept)).toEqual(answers(alone));
  });

  it("and after the index and the totals are deleted by hand (docs/database.md: safe to delete)", () => {
    const expected = answers(kept);
    const handle = new Database(kept);
    handle.exec("DELETE FROM page_vocabulary; DELETE FROM corpus_words");
    handle.close();
    expect(answers(kept)).toEqual(expected);
  });
});
