import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { lockDatabase } from "../../pipeline/store/index.js";
import { scanLockFile } from "../../pipeline/store/scan-lock.js";
import { runCli } from "../cli/run-cli.js";
import { PROJECT_ROOT, tempDir } from "../helpers.js";
import { startCli, writeRobustnessCorpus } from "./robustness-corpus.js";

const STORE = pathToFileURL(
  join(PROJECT_ROOT, "dist/pipeline/store/index.js"),
).href;

const busyMessage = (db: string, pid: number) =>
  `stp-scan: ${db}: another scan is writing to this database (pid ${pid}); wait for it or stop it\n`;

const exported = (db: string) =>
  runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout;

const integrity = (db: string) => {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.pragma("integrity_check", { simple: true });
  } finally {
    handle.close();
  }
};

describe("one scan writes a database at a time; readers and verdicts go on meanwhile", () => {
  const corpus = writeRobustnessCorpus();
  const cleanDb = join(tempDir(), "clean.sqlite");
  beforeAll(() => {
    expect(
      runCli(["scan", "--corpus", corpus, "--db", cleanDb, "--quiet"]).status,
    ).toBe(0);
  });

  it("a scan refuses a database whose lock a live process holds, naming it, and stores nothing", () => {
    const db = join(tempDir(), "held.sqlite");
    // The test runner itself is a live process that is not this scan.
    const unlock = lockDatabase(db);
    try {
      const r = runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(busyMessage(db, process.pid));
      expect(existsSync(db)).toBe(false);
    } finally {
      unlock();
    }
    expect(existsSync(scanLockFile(db))).toBe(false);
  });

  it.each([
    [
      "a lock left by a scan that is gone (kill -9)",
      (db: string) => {
        const gone = spawnSync(process.execPath, [
          "--input-type=module",
          "-e",
          `import { lockDatabase } from ${JSON.stringify(STORE)};
           lockDatabase(process.argv[1]);
           process.kill(process.pid, "SIGKILL");`,
          db,
        ]);
        expect(gone.signal).toBe("SIGKILL");
        expect(existsSync(scanLockFile(db))).toBe(true);
      },
    ],
    [
      "a pid file an older stp-scan left, naming a live process",
      (db: string) => writeFileSync(scanLockFile(db), `${process.pid}\n`),
    ],
  ])("%s is taken over, and removed at the end", (_, leave) => {
    const db = join(tempDir(), "stale.sqlite");
    leave(db);
    const r = runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"]);
    expect(r.status).toBe(0);
    expect(existsSync(scanLockFile(db))).toBe(false);
    expect(exported(db)).toBe(exported(cleanDb));
  });

  it("two scans started together: each finishes or refuses with the lock message, and the result is whole", async () => {
    const db = join(tempDir(), "race.sqlite");
    const args = [
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--jobs",
      "1",
      "--quiet",
    ];
    const first = startCli(args);
    const second = startCli(args);
    const outcomes = await Promise.all([first.done, second.done]);
    const pids = [first.child.pid, second.child.pid] as number[];
    outcomes.forEach((o, i) => {
      if (o.status !== 0) {
        expect(o.status).toBe(2);
        expect(o.stderr).toBe(busyMessage(db, pids[1 - i] as number));
      }
    });
    expect(outcomes.some((o) => o.status === 0)).toBe(true);
    expect(integrity(db)).toBe("ok");
    expect(exported(db)).toBe(exported(cleanDb));
  }, 30_000);

  it("stats, export, mentions and audit status read, and audit verdicts write, while a scan writes", async () => {
    const db = join(tempDir(), "busy.sqlite");
    expect(
      runCli(["scan", "--corpus", corpus, "--db", db, "--quiet"]).status,
    ).toBe(0);
    const ids = (JSON.parse(exported(db)) as { mention_id: string }[]).map(
      (m) => m.mention_id,
    );
    const scan = startCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--jobs",
      "1",
      "--force",
      "--quiet",
    ]);
    let finished = false;
    void scan.done.then(() => (finished = true));
    let rounds = 0;
    let roundsDuringScan = 0;
    while (!finished || rounds < 3) {
      if (!finished) roundsDuringScan++;
      const stats = await startCli(["stats", "--db", db, "--json"]).done;
      expect([stats.status, stats.stderr]).toEqual([0, ""]);
      expect(() => JSON.parse(stats.stdout) as unknown).not.toThrow();
      const checks = await Promise.all([
        startCli(["export", "documents", "--db", db, "--format", "json"]).done,
        startCli(["mentions", "--db", db]).done,
        startCli(["audit", "status", "--db", db]).done,
        startCli([
          "audit",
          "reject",
          ids[rounds % ids.length] as string,
          "--db",
          db,
          "--auditor",
          "ann",
        ]).done,
      ]);
      for (const c of checks)
        expect([c.status, c.stderr.match(/stp-scan:.*/)?.[0]]).toEqual([
          0,
          undefined,
        ]);
      rounds++;
    }
    expect((await scan.done).status).toBe(0);
    expect(roundsDuringScan).toBeGreaterThan(0);
    expect(integrity(db)).toBe("ok");
    const log = runCli(["audit", "log", "--db", db]);
    expect(log.status).toBe(0);
    expect(log.stdout.split("\n").filter((l) => l.includes("ann")).length).toBe(
      rounds,
    );
  }, 60_000);
});
