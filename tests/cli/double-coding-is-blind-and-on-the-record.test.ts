import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

type Row = Record<string, string>;

function scannedDemo() {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const db = join(tempDir(), "stp.sqlite");
  expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  const ids = (
    JSON.parse(runCli(["mentions", "--db", db, "--format", "json"]).stdout) as {
      mention_id: string;
    }[]
  ).map((m) => m.mention_id);
  return { corpus, db, ids };
}
const audit = (db: string, ...args: string[]) =>
  runCli(["audit", ...args, "--db", db]);
const logOf = (db: string) =>
  JSON.parse(audit(db, "log", "--json").stdout) as {
    mentionId: string;
    auditor: string;
    verdict: string;
    code: string | null;
    blind: boolean;
    kind: string;
    note: string | null;
  }[];
const sheetRows = (file: string) =>
  parse<Row>(readFileSync(file), { bom: true, columns: true });

describe("the sheet round trip records only the importing auditor's decisions", () => {
  const { db, ids } = scannedDemo();
  const [m1, m2] = ids as [string, string];
  audit(db, "accept", ...ids.slice(0, 8), "--auditor", "alice");

  it("an open sheet exported for bob carries alice's verdicts: imported unchanged as bob it is refused, nothing applied", () => {
    const sheet = join(tempDir(), "bob.csv");
    expect(audit(db, "export", "--auditor", "bob", "--out", sheet).status).toBe(
      0,
    );
    const r = audit(db, "import", sheet, "--auditor", "bob");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `stp-scan: ${sheet}:2: carries alice's verdict (accepted) on ${m1}, not bob's: a sheet records only the importing auditor's own decisions; export bob's own with "stp-scan audit export --auditor bob --blind"\n`,
    );
    expect(logOf(db)).toHaveLength(8);
  });

  it("a sheet exported for alice is refused when bob imports it", () => {
    const sheet = join(tempDir(), "alice.csv");
    audit(db, "export", "--auditor", "alice", "--out", sheet);
    const r = audit(db, "import", sheet, "--auditor", "bob");
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      `stp-scan: ${sheet}:2: exported for alice, not bob: import it as alice (--auditor), or export bob's own with "stp-scan audit export --auditor bob --blind"`,
    ]);
    // Imported as alice, her own sheet changes nothing: every verdict in it is hers.
    expect(audit(db, "import", sheet, "--auditor", "alice").stdout).toBe(
      "applied 0 verdicts, 10 rows unchanged, 0 rows refused (auditor alice)\n",
    );
    expect(logOf(db)).toHaveLength(8);
  });

  it("a blind export holds no other auditor's verdict or note; its import is recorded blind, with its reasons", () => {
    audit(
      db,
      "accept",
      m1,
      "--auditor",
      "alice",
      "--note",
      "alice saw procurement",
    );
    audit(
      db,
      "reject",
      m2,
      "--auditor",
      "bob",
      "--blind",
      "--note",
      "bob: civility",
      "--code",
      "ethics",
    );
    const sheet = join(tempDir(), "bob-blind.csv");
    audit(db, "export", "--auditor", "bob", "--blind", "--out", sheet);
    const text = readFileSync(sheet, "utf8");
    expect(text).not.toContain("alice");
    const rows = sheetRows(sheet);
    expect(rows).toHaveLength(10);
    expect(
      rows
        .filter((r) => r.verdict !== "")
        .map((r) => [r.mention_id, r.verdict, r.code, r.note]),
    ).toEqual([[m2, "rejected", "ethics", "bob: civility"]]);
    expect(
      new Set(rows.map((r) => `${r.auditors}|${r.exported_for}|${r.blind}`)),
    ).toEqual(new Set(["|bob|true"]));
    const edited = join(tempDir(), "bob-edited.csv");
    writeFileSync(
      edited,
      [
        "mention_id,verdict,code,note,exported_for,blind",
        `${m1},rejected,heading,,bob,true`,
        `${m2},rejected,ethics,bob: civility,bob,true`,
      ].join("\n"),
    );
    expect(audit(db, "import", edited, "--auditor", "bob").stdout).toBe(
      "applied 1 verdict, 1 row unchanged, 0 rows refused (auditor bob)\n",
    );
    expect(logOf(db).at(-1)).toMatchObject({
      mentionId: m1,
      auditor: "bob",
      verdict: "rejected",
      code: "heading",
      blind: true,
    });
  });

  it("bob, who codes blind, cannot import an open sheet, nor a reason that counts as the other verdict", () => {
    audit(db, "blind", "on", "--auditor", "bob");
    const open = join(tempDir(), "open.csv");
    writeFileSync(open, `mention_id,verdict\n${ids[2] ?? ""},rejected\n`);
    const r = audit(db, "import", open, "--auditor", "bob");
    expect([r.status, r.stderr]).toEqual([
      2,
      `stp-scan: ${open}: not a blind sheet, and bob codes blind (it may show other auditors' verdicts): export bob's own with "stp-scan audit export --auditor bob --blind"\n`,
    ]);
    const blind = join(tempDir(), "blind.csv");
    writeFileSync(
      blind,
      `mention_id,verdict,code,exported_for,blind\n${ids[2] ?? ""},accepted,ethics,bob,true\n`,
    );
    const wrong = audit(db, "import", blind, "--auditor", "bob");
    expect(wrong.stderr).toBe(
      `${blind}:2: code ethics (Values as ethics or civility) counts as rejected, not accepted\n`,
    );
    expect(wrong.status).toBe(1);
  });
});

describe("a sample to double-code, walked blind", () => {
  it("the same seed draws the same sample; the walk offers all of it, judged by others or not, and shows no other verdict", () => {
    const first = scannedDemo();
    const second = scannedDemo();
    const sample = (db: string) =>
      JSON.parse(
        audit(
          db,
          "sample",
          "--auditor",
          "bob",
          "--size",
          "4",
          "--seed",
          "11",
          "--json",
        ).stdout,
      ) as {
        seed: number;
        mentions: string[];
        blind: boolean;
      };
    const drawn = sample(first.db);
    expect(drawn.mentions).toHaveLength(4);
    expect(sample(second.db).mentions).toEqual(drawn.mentions);
    audit(
      first.db,
      "accept",
      ...first.ids,
      "--auditor",
      "alice",
      "--note",
      "alice was here",
    );
    const peek = runCli(["audit", "--db", first.db, "--auditor", "bob"], {
      input: "q\n",
    });
    expect(peek.stdout).toContain("── 4 open · plan");
    expect(peek.stdout).not.toContain("alice");
    expect(peek.stdout).not.toMatch(/[1-9] accepted/);
    const walk = runCli(["audit", "--db", first.db, "--auditor", "bob"], {
      input: "a\n3\nr\n1 named in procurement\n",
    });
    expect(walk.stdout).toContain(
      "4 verdicts this session; 4 of the 4 mentions of bob's sample judged (blind: other auditors' verdicts are not shown)",
    );
    const bob = logOf(first.db).filter((r) => r.auditor === "bob");
    expect(bob.map((r) => [r.verdict, r.code, r.blind])).toEqual([
      ["accepted", null, true],
      ["rejected", "ethics", true],
      ["rejected", null, true],
      ["accepted", "commitment", true],
    ]);
    expect(new Set(bob.map((r) => r.mentionId))).toEqual(
      new Set(drawn.mentions),
    );
  });
});

describe("reasons and settlements on the record", () => {
  it("--code names a reason; an unknown one, or one that counts as the other verdict, is one line and exit 2", () => {
    const { db, ids } = scannedDemo();
    const [m1, m2, m3] = ids as [string, string, string];
    const unknown = audit(db, "accept", m1, "--code", "nope");
    expect([
      unknown.status,
      unknown.stderr.split("\n").filter(Boolean).length,
    ]).toEqual([2, 1]);
    expect(unknown.stderr).toMatch(
      /^stp-scan: --code nope: no code "nope" in .*codebook\.csv \(codes: commitment, act, ethics, heading, contents, other\)\n$/,
    );
    expect(audit(db, "accept", m1, "--code", "ethics").stderr).toBe(
      "stp-scan: --code ethics: code ethics (Values as ethics or civility) counts as rejected, not accepted\n",
    );
    expect(logOf(db)).toEqual([]);
    audit(db, "accept", m1, m2, "--code", "commitment");
    audit(db, "reject", m3, "--code", "3");
    const stats = JSON.parse(
      runCli(["stats", "--audited", "--json", "--db", db]).stdout,
    ) as { codes: unknown };
    expect(stats.codes).toEqual([
      { verdict: "accepted", code: "commitment", mentions: 2 },
      { verdict: "rejected", code: "ethics", mentions: 1 },
    ]);
    expect(runCli(["stats", "--audited", "--db", db]).stdout).toContain(
      "reasons: accepted 2 commitment; rejected 1 ethics (stp-scan audit codes)\n",
    );
  });

  it("settle names the settling auditor and keeps both verdicts; agreement lists the dispute as settled", () => {
    const { db, ids } = scannedDemo();
    const [m1, m2] = ids as [string, string];
    audit(db, "accept", m1, m2, "--auditor", "ann", "--code", "commitment");
    audit(db, "accept", m1, "--auditor", "bob", "--blind");
    audit(db, "reject", m2, "--auditor", "bob", "--blind", "--code", "ethics");
    const settle = audit(
      db,
      "settle",
      m2,
      "rejected",
      "--auditor",
      "lead",
      "--code",
      "ethics",
      "--note",
      "civility, not procurement",
    );
    expect(settle.stdout).toBe(
      `settled ${m2} as rejected\n  by lead; ann accepted (commitment), bob rejected (ethics) kept in the history (stp-scan audit log --mention ${m2})\n`,
    );
    expect(
      logOf(db)
        .filter((r) => r.mentionId === m2)
        .map((r) => [r.auditor, r.kind, r.verdict]),
    ).toEqual([
      ["ann", "judge", "accepted"],
      ["bob", "judge", "rejected"],
      ["lead", "settle", "rejected"],
    ]);
    const text = audit(db, "agreement").stdout;
    expect(text).toContain(
      "ann and bob both judged 2 mentions; they agree on 1 (50.0%); Cohen's kappa 0.000\n",
    );
    expect(text).toContain(
      `no disagreements left to settle\nsettled (both verdicts kept):\n  ${m2}: ann accepted (commitment), bob rejected (ethics); settled rejected (ethics) by lead: civility, not procurement\n`,
    );
  });
});
