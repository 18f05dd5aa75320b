import { join } from "node:path";
import Database from "better-sqlite3";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "../cli/run-cli.js";
import { UNDO_SCHEMA_15 } from "./older-schema.js";

describe("a database from before it remembered its settings", () => {
  it("takes its corpus, lexicon and OCR setting from its last finished scan", () => {
    const corpus = tempDir();
    writeDemoCorpus(corpus);
    const db = join(tempDir(), "old.sqlite");
    expect(
      runCli(["scan", "--corpus", corpus, "--db", db, "--ocr", "off"]).status,
    ).toBe(0);
    const old = new Database(db);
    old.exec(UNDO_SCHEMA_15);
    old.pragma("user_version = 14");
    old.close();

    const again = runCli(["scan", "--db", db]);
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain("using --ocr");
    expect(again.stdout).toContain("0 added, 0 changed, 0 removed");
    expect(again.stdout).toContain("unaudited statistic unchanged: 3/4");
    const row = new Database(db, { readonly: true })
      .prepare(
        "SELECT corpus, lexicon_given, ocr, threshold FROM project_settings",
      )
      .get();
    expect(row).toEqual({
      corpus,
      lexicon_given: null,
      ocr: "off",
      threshold: 1,
    });
  });
});
