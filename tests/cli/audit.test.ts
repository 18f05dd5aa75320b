import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

type Mention = {
  mention_id: string;
  plan_id: string;
  term_id: string;
  verdict: string;
  left_context: string;
  surface: string;
  right_context: string;
};

function scannedDemo() {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  return { corpus, db };
}
const mentions = (db: string, ...args: string[]) =>
  JSON.parse(
    runCli(["mentions", "--db", db, "--format", "json", ...args]).stdout,
  ) as Mention[];
const idOf = (db: string, term: string, plan: string) =>
  mentions(db).find((m) => m.term_id === term && m.plan_id === plan)
    ?.mention_id as string;

describe("stp-scan mentions: keyword in context", () => {
  const { db } = scannedDemo();

  it("filters by plan, term, concept and verdict, with N words each side", () => {
    const rows = mentions(
      db,
      "--plan",
      "alder-vale",
      "--concept",
      "social-value",
      "--context",
      "2",
    );
    expect(
      rows.map((r) => [r.left_context, r.surface, r.right_context]),
    ).toEqual([
      [
        "will apply the".split(" ").slice(-2).join(" "),
        "Public Services (Social Value) Act",
        "2012 to",
      ],
      ["report the", "social value", "created by"],
    ]);
    expect(mentions(db, "--term", "sroi").map((r) => r.plan_id)).toEqual([
      "cedar-fields",
    ]);
    expect(mentions(db, "--verdict", "accepted")).toEqual([]);
  });

  it("sorts by the words left of the match, nearest first, like a concordancer", () => {
    const lefts = mentions(db, "--sort", "left", "--context", "1").map((r) =>
      r.left_context.toLowerCase(),
    );
    expect(lefts).toEqual([...lefts].sort());
    expect(lefts.length).toBe(10);
  });

  it("aligns the match in a column on the table view, under its header", () => {
    const lines = runCli(["mentions", "--db", db, "--context", "3"])
      .stdout.trimEnd()
      .split("\n")
      .filter((l) => l.includes(" | "));
    const bars = lines.map((l) => l.indexOf(" | "));
    expect(new Set(bars).size).toBe(1);
    expect(lines[0]).toMatch(/left \| match +\| right/);
    expect(lines).toHaveLength(11);
  });
});

describe("stp-scan audit: verdicts given one by one, stored at once, kept in an append-only history", () => {
  it("the terminal session walks the most decisive mentions first and stores each verdict", () => {
    const { db } = scannedDemo();
    // The first two offered are single open headline mentions of their plans (cedar-fields, elm-bridge).
    const session = runCli(["audit", "--db", db, "--auditor", "ann"], {
      input: "a\nr a value, not the Act\nq\n",
    });
    expect(session.status).toBe(0);
    expect(session.stdout).toContain("[[social- value]]");
    expect(session.stdout).toMatch(
      /2 verdicts this session\. audited: 3 of 5 fully read plans \(60\.0%; 95% interval 23\.1%-88\.2%\)/,
    );
    const judged = mentions(db)
      .filter((m) => m.verdict !== "pending")
      .map((m) => [m.plan_id, m.verdict]);
    expect(judged).toEqual([
      ["cedar-fields", "accepted"],
      ["elm-bridge", "rejected"],
    ]);
    const log = JSON.parse(
      runCli(["audit", "log", "--db", db, "--json"]).stdout,
    ) as { auditor: string; note: string | null }[];
    expect(log.map((r) => [r.auditor, r.note])).toEqual([
      ["ann", null],
      ["ann", "a value, not the Act"],
    ]);
  });

  it("undo restores the earlier verdict as a new history row; skip and quit lose nothing", () => {
    const { db } = scannedDemo();
    runCli(["audit", "--db", db, "--auditor", "ann"], {
      input: "a\nu\ns\nq\n",
    });
    expect(mentions(db).filter((m) => m.verdict !== "pending")).toEqual([]);
    const log = JSON.parse(
      runCli(["audit", "log", "--db", db, "--json"]).stdout,
    ) as { verdict: string }[];
    expect(log.map((r) => r.verdict)).toEqual(["accepted", "pending"]);
  });

  it("accept and reject by id; unknown ids are named and the rest applied", () => {
    const { db } = scannedDemo();
    const act = idOf(db, "social-value-act", "dunmoor");
    const r = runCli([
      "audit",
      "accept",
      act,
      "mnope",
      "--db",
      db,
      "--auditor",
      "ann",
      "--note",
      "checked p1",
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "stp-scan: mnope: no such mention (removed by a re-scan, or mistyped)\n",
    );
    expect(
      mentions(db, "--verdict", "accepted").map((m) => m.mention_id),
    ).toEqual([act]);
  });

  it("stats --audited leaves rejected mentions out and gives the range still open", () => {
    const { db } = scannedDemo();
    runCli([
      "audit",
      "reject",
      idOf(db, "social-value", "elm-bridge"),
      "--db",
      db,
    ]);
    const stat = JSON.parse(
      runCli(["stats", "--audited", "--json", "--db", db]).stdout,
    );
    expect(stat).toMatchObject({
      audited: true,
      numerator: 3,
      denominator: 5,
      lowest: { numerator: 0 },
      highest: { numerator: 3 },
    });
    expect(stat.verdicts).toEqual({
      accepted: 0,
      rejected: 1,
      pending: 9,
      disputed: 0,
    });
    expect(
      stat.plansThatCanChange.map((p: { plan: string }) => p.plan),
    ).toEqual(["alder-vale", "cedar-fields", "fenwick-moor"]);
    expect(runCli(["stats", "--audited", "--db", db]).stdout).toContain(
      "the statistic can still range from 0/5 (0.0%; 95% interval 0.0%-43.4%)",
    );
  });
});

describe("the spreadsheet round trip", () => {
  it("export, edit in a spreadsheet (BOM, CRLF, quoted commas), import; importing twice changes nothing", () => {
    const { db } = scannedDemo();
    const sheet = join(tempDir(), "audit.csv");
    expect(runCli(["audit", "export", "--db", db, "--out", sheet]).status).toBe(
      0,
    );
    const rows = parse<Record<string, string>>(readFileSync(sheet), {
      bom: true,
      columns: true,
    });
    expect(Object.keys(rows[0] ?? {}).slice(0, 11)).toEqual([
      "mention_id",
      "plan_id",
      "document",
      "page",
      "term_id",
      "concept",
      "surface",
      "left_context",
      "right_context",
      "verdict",
      "headline",
    ]);
    expect(rows.every((r) => r.verdict === "")).toBe(true);
    const header = "mention_id,plan_id,verdict,note";
    const edited = [
      header,
      `${rows[0]?.mention_id},x,accepted,"the Act, in procurement"`,
      `${rows[1]?.mention_id},x,REJECTED,`,
      `${rows[2]?.mention_id},x,,`,
      `mgone,x,accepted,`,
      `${rows[3]?.mention_id},x,perhaps,`,
    ].join("\r\n");
    const file = join(tempDir(), "edited.csv");
    writeFileSync(file, `\uFEFF${edited}\r\n`);
    const first = runCli([
      "audit",
      "import",
      file,
      "--db",
      db,
      "--auditor",
      "ann",
    ]);
    expect(first.stdout).toBe(
      "applied 2 verdicts, 1 row unchanged, 2 rows refused (auditor ann)\n",
    );
    expect(first.stderr.split("\n").filter(Boolean)).toEqual([
      `${file}:5: no mention mgone in the database (removed by a re-scan, or mistyped)`,
      `${file}:6: verdict must be accepted, rejected or blank, not "perhaps"`,
    ]);
    expect(first.status).toBe(1);
    const second = runCli([
      "audit",
      "import",
      file,
      "--db",
      db,
      "--auditor",
      "ann",
    ]);
    expect(second.stdout).toBe(
      "applied 0 verdicts, 3 rows unchanged, 2 rows refused (auditor ann)\n",
    );
    const back = parse<Record<string, string>>(
      runCli(["audit", "export", "--db", db]).stdout,
      {
        bom: true,
        columns: true,
      },
    );
    expect(back.slice(0, 2).map((r) => [r.verdict, r.note])).toEqual([
      ["accepted", "the Act, in procurement"],
      ["rejected", ""],
    ]);
  });
});

describe("two auditors", () => {
  // Bob codes blind: agreement counts only independent codings (ann's came first, so hers are independent too).
  it("agreement reports kappa and the disagreements; a settlement decides the statistic", () => {
    const { db } = scannedDemo();
    const elm = idOf(db, "social-value", "elm-bridge");
    const dun = idOf(db, "social-value-act", "dunmoor");
    runCli(["audit", "accept", elm, dun, "--db", db, "--auditor", "ann"]);
    runCli(["audit", "accept", dun, "--db", db, "--auditor", "bob", "--blind"]);
    runCli(["audit", "reject", elm, "--db", db, "--auditor", "bob", "--blind"]);
    const agreement = JSON.parse(
      runCli([
        "audit",
        "agreement",
        "--auditors",
        "ann,bob",
        "--db",
        db,
        "--json",
      ]).stdout,
    );
    expect(agreement).toMatchObject({
      both: 2,
      agreed: 1,
      observed: 0.5,
      disagreements: [{ mentionId: elm, a: "accepted", b: "rejected" }],
    });
    expect(mentions(db).find((m) => m.mention_id === elm)?.verdict).toBe(
      "disputed",
    );
    runCli(["audit", "settle", elm, "rejected", "--db", db, "--auditor", "cy"]);
    expect(mentions(db).find((m) => m.mention_id === elm)?.verdict).toBe(
      "rejected",
    );
    expect(
      JSON.parse(runCli(["stats", "--audited", "--json", "--db", db]).stdout)
        .numerator,
    ).toBe(3);
  });
});

describe("verdicts survive re-scans and lexicon edits; orphans are reported, never deleted", () => {
  it("a verdict stays with its mention across a forced re-scan and a lexicon edit, and is orphaned when its term goes", () => {
    const { corpus, db } = scannedDemo();
    // No other term finds "community benefits" (one that did would take the verdict: a-verdict-follows-its-passage).
    const act = idOf(db, "community-benefit", "alder-vale");
    const sv = idOf(db, "social-value", "elm-bridge");
    runCli(["audit", "accept", act, sv, "--db", db, "--auditor", "ann"]);
    runCli(["scan", "--corpus", corpus, "--db", db, "--force"]);
    expect(
      mentions(db, "--verdict", "accepted")
        .map((m) => m.mention_id)
        .sort(),
    ).toEqual([act, sv].sort());
    const lexicon = join(corpus, "lexicon.csv");
    writeFileSync(
      lexicon,
      readFileSync(lexicon, "utf8")
        .split("\n")
        .filter((l) => !l.startsWith("community-benefit,"))
        .join("\n"),
    );
    const rescan = runCli(["scan", "--corpus", corpus, "--db", db]);
    expect(rescan.stdout).toContain(
      `audit verdicts left without their mention: 1 (${act} accepted)`,
    );
    expect(
      mentions(db, "--verdict", "accepted").map((m) => m.mention_id),
    ).toEqual([sv]);
    expect(runCli(["audit", "status", "--db", db]).stdout).toContain(
      `1 orphaned verdict (their mention is no longer found; kept):\n  ${act}: accepted`,
    );
  });
});

describe("stp-scan terms", () => {
  it("shows each term's surface forms with counts and an example", () => {
    const { db } = scannedDemo();
    const terms = JSON.parse(
      runCli(["terms", "--db", db, "--json"]).stdout,
    ) as { term: string; forms: { form: string; count: number }[] }[];
    expect(
      terms
        .find((t) => t.term === "social-value")
        ?.forms.map((f) => [f.form, f.count]),
    ).toEqual([["social value", 4]]);
    expect(
      terms
        .find((t) => t.term === "social-enterprise")
        ?.forms.map((f) => f.form),
    ).toEqual(["social enterprise", "social enterprises"]);
    expect(runCli(["terms", "--db", db]).stdout).toContain(
      'sroi "social return on investment" (related): 1 mention',
    );
  });
});
