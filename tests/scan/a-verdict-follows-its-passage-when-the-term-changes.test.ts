import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "../cli/run-cli.js";

type Row = {
  mention_id: string;
  term_id: string;
  plan_id: string;
  verdict: string;
  surface: string;
};

const mentionsOf = (db: string, plan: string) =>
  JSON.parse(
    runCli(["mentions", "--db", db, "--plan", plan, "--format", "json"]).stdout,
  ) as Row[];
const audited = (db: string) =>
  JSON.parse(runCli(["stats", "--audited", "--json", "--db", db]).stdout) as {
    numerator: number;
    denominator: number;
  };

describe("a verdict follows its passage when only the term that found it changes", () => {
  // elm-bridge's one headline mention reads "will add SOCIAL VALUE to every contract": a narrower term finds
  // "add SOCIAL VALUE" first (longest span wins); dropped from the lexicon, `social-value` finds the same words.
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const lexicon = join(corpus, "lexicon.csv");
  const original = readFileSync(lexicon, "utf8");
  writeFileSync(
    lexicon,
    `${original.trimEnd()}\nadd-social-value,add social value,social-value,true\n`,
  );
  const db = join(tempDir(), "stp.sqlite");
  expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  const [narrow] = mentionsOf(db, "elm-bridge");
  expect(narrow).toMatchObject({
    term_id: "add-social-value",
    surface: "add SOCIAL VALUE",
  });
  const id = (narrow as Row).mention_id;
  expect(
    runCli(["audit", "reject", id, "--db", db, "--auditor", "ann"]).status,
  ).toBe(0);
  const before = audited(db);
  expect(before).toMatchObject({ numerator: 3, denominator: 5 });

  writeFileSync(lexicon, original);
  const rescan = runCli(["scan", "--corpus", corpus, "--db", db]);

  it("the passage, found under the broader term, stays rejected", () => {
    expect(rescan.status).toBe(0);
    const now = mentionsOf(db, "elm-bridge");
    expect(now.map((m) => [m.term_id, m.surface, m.verdict])).toEqual([
      ["social-value", "SOCIAL VALUE", "rejected"],
    ]);
  });

  it("the audited statistic stays the same", () => {
    expect(audited(db)).toEqual(before);
  });

  it("the change summary says the verdict was carried, and orphans nothing", () => {
    expect(rescan.stdout).toContain(
      "  audit verdicts carried to the same passage: 1 under term social-value (was add-social-value)\n",
    );
    expect(rescan.stdout).toContain(
      "  audit verdicts left without their mention: 0\n",
    );
    expect(runCli(["audit", "status", "--db", db]).stdout).not.toContain(id);
  });

  it("the history keeps the rejection as given and adds the carried copy", () => {
    const log = JSON.parse(
      runCli(["audit", "log", "--db", db, "--json"]).stdout,
    ) as { mentionId: string; verdict: string; auditor: string }[];
    const newId = (mentionsOf(db, "elm-bridge")[0] as Row).mention_id;
    expect(log.map((r) => [r.mentionId, r.verdict, r.auditor])).toEqual([
      [id, "rejected", "ann"],
      [newId, "rejected", "ann"],
    ]);
  });
});
