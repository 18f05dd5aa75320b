import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { tempDir } from "../helpers.js";
import {
  exportOf,
  mentionCounts,
  seededRandom,
  sleep,
  startCli,
  writeRobustnessCorpus,
} from "./robustness-corpus.js";

/** What a database holds after a kill: integrity, and each stored document whole. */
function checkAfterKill(db: string, clean: ReadonlyMap<string, number>) {
  const handle = new Database(db);
  try {
    expect(handle.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(handle.pragma("foreign_key_check")).toEqual([]);
    const readable = handle
      .prepare(
        `SELECT d.document, d.pages, (SELECT count(*) FROM pages p WHERE p.sha256 = d.sha256) AS stored
         FROM documents d WHERE d.status IN ('ok', 'partial-text')`,
      )
      .all() as { document: string; pages: number; stored: number }[];
    for (const r of readable) expect(r).toEqual({ ...r, stored: r.pages });
  } finally {
    handle.close();
  }
  // Nothing in the corpus changes between runs, so every stored document must hold what a clean scan finds.
  for (const [document, n] of mentionCounts(db))
    expect([document, n]).toEqual([document, clean.get(document)]);
}

describe("kill -9 during a scan: the database stays whole and the next scan finishes the work", () => {
  const corpus = writeRobustnessCorpus();
  const cleanDb = join(tempDir(), "clean.sqlite");
  let cleanMs = 0;
  let clean: ReadonlyMap<string, number> = new Map();

  beforeAll(() => {
    const started = Date.now();
    const r = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      cleanDb,
      "--jobs",
      "2",
      "--quiet",
    ]);
    cleanMs = Date.now() - started;
    expect(r.status).toBe(0);
    clean = mentionCounts(cleanDb);
  });

  it("four scans killed at seeded random moments leave a sound database; a fifth equals a clean scan", async () => {
    const random = seededRandom(20261125);
    const db = join(tempDir(), "killed.sqlite");
    let killedAfterStore = 0;
    for (let round = 0; round < 4; round++) {
      const args = [
        "scan",
        "--corpus",
        corpus,
        "--db",
        db,
        "--jobs",
        "2",
        "--quiet",
      ];
      // After the first round everything may be stored already; --force gives the killed run work to cut short.
      if (round > 0) args.push("--force");
      const { child, done } = startCli(args);
      await sleep(Math.round(cleanMs * (0.2 + 0.7 * random())));
      child.kill("SIGKILL");
      const outcome = await done;
      if (outcome.signal !== "SIGKILL") continue; // finished before the kill
      killedAfterStore++;
      checkAfterKill(db, clean);
    }
    expect(killedAfterStore).toBeGreaterThan(0);
    const last = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--jobs",
      "2",
      "--json",
    ]);
    expect(last.stderr).not.toMatch(/stp-scan:/);
    expect(last.status).toBe(0);
    const changes = (
      JSON.parse(last.stdout) as {
        changes: { documents: { read: number; rematched: number } };
      }
    ).changes;
    // Documents a killed run stored count as read: no lexicon change was seen, so nothing is matched again.
    expect(changes.documents.rematched).toBe(0);
    expect(exportOf(db)).toEqual(exportOf(cleanDb));
  }, 120_000);

  it("after a run killed while matching with another lexicon, either lexicon's next scan equals its clean scan", async () => {
    const db = join(tempDir(), "lexicon.sqlite");
    expect(
      runCli(["scan", "--corpus", corpus, "--db", db, "--jobs", "2", "--quiet"])
        .status,
    ).toBe(0);
    const other = join(tempDir(), "lexicon-b.csv");
    writeFileSync(
      other,
      "id,phrase,concept,headline\nsocial-value,social value,social-value,true\nhealth-inequalities,health inequalities,related,false\n",
    );
    const { child, done } = startCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--lexicon",
      other,
      "--jobs",
      "1",
      "--force",
      "--quiet",
    ]);
    // Kill once the other lexicon's mentions are in the database for a few documents, before the run ends.
    const watch = new Database(db, { readonly: true });
    try {
      for (let i = 0; i < 2000; i++) {
        const n = watch
          .prepare(
            `SELECT count(*) FROM mentions WHERE term_id = 'health-inequalities'`,
          )
          .pluck()
          .get() as number;
        if (n >= 3) break;
        await sleep(5);
      }
    } finally {
      watch.close();
    }
    child.kill("SIGKILL");
    expect((await done).signal).toBe("SIGKILL");
    // Finishing with that lexicon: the documents the killed run did not reach still hold the first lexicon's
    // mentions, though the stored terms already matched (the bug this pins).
    const cleanOther = join(tempDir(), "clean-b.sqlite");
    expect(
      runCli([
        "scan",
        "--corpus",
        corpus,
        "--db",
        cleanOther,
        "--lexicon",
        other,
        "--quiet",
      ]).status,
    ).toBe(0);
    const finished = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--lexicon",
      other,
      "--jobs",
      "2",
      "--quiet",
    ]);
    expect(finished.stderr).not.toMatch(/stp-scan:/);
    expect(finished.status).toBe(0);
    expect(exportOf(db)).toEqual(exportOf(cleanOther));
    // Back to the corpus's own lexicon (the database keeps the one given until told otherwise).
    expect(
      runCli([
        "scan",
        "--corpus",
        corpus,
        "--db",
        db,
        "--lexicon",
        "default",
        "--jobs",
        "2",
        "--quiet",
      ]).status,
    ).toBe(0);
    expect(exportOf(db)).toEqual(exportOf(cleanDb));
  }, 60_000);
});
