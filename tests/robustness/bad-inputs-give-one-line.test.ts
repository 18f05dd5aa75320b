import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../cli/run-cli.js";
import { PROJECT_ROOT, tempDir } from "../helpers.js";
import { writeRobustnessCorpus } from "./robustness-corpus.js";
import {
  UNPRIVILEGED_UID,
  rootReadableByUnprivileged,
  spawnUnprivileged,
  unreadableByUnprivileged,
} from "./unprivileged-cli.js";

const MAIN = join(PROJECT_ROOT, "dist/pipeline/cli/main.js");
const isRoot = process.getuid?.() === 0;
// As root, chmod does not stop writes: the CLI then runs as "nobody" (uid 65534), for whom it does.
const canDropRoot = isRoot && spawnUnprivileged("true", []).status === 0;
/** Where uid 65534 runs the CLI from, or why it cannot; found when a test first needs it. */
let unprivileged: ReturnType<typeof rootReadableByUnprivileged> | undefined;

/** Prints why a test does not run; null, for the test to return on. */
function skip(reason: string): null {
  process.stderr.write(`skipped: ${reason}\n`);
  return null;
}

/**
 * Runs the CLI as a user whom file permissions bind, after checking that this user can read the build and the
 * paths in `reaches` (copying the build where it can when the checkout is private); null, with the reason
 * printed, when it cannot be arranged.
 */
function runUnprivileged(args: readonly string[], reaches: readonly string[]) {
  if (!isRoot) return runCli(args);
  if (!canDropRoot)
    return skip(
      "running as root and setpriv cannot switch to uid 65534, so chmod cannot make a file read-only",
    );
  unprivileged ??= rootReadableByUnprivileged();
  if ("reason" in unprivileged)
    return skip(
      `running as root, where chmod binds only uid ${UNPRIVILEGED_UID}, and ${unprivileged.reason}`,
    );
  const unreadable = unreadableByUnprivileged(reaches);
  if (unreadable.length > 0)
    return skip(`uid ${UNPRIVILEGED_UID} cannot read ${unreadable.join(", ")}`);
  const { root } = unprivileged;
  return spawnUnprivileged(
    process.execPath,
    [join(root, "dist/pipeline/cli/main.js"), ...args],
    root,
  );
}

/** The lines the CLI printed as errors (notices about documents are not errors). */
const errorLines = (stderr: string) =>
  stderr.split("\n").filter((l) => l.startsWith("stp-scan:"));

const exported = (db: string) =>
  runCli(["export", "mentions", "--db", db, "--format", "json"]).stdout;

describe("bad inputs: one line naming the file and the reason, exit 2, nothing stored lost", () => {
  const corpus = writeRobustnessCorpus();
  chmodSync(corpus, 0o755);
  const goodDb = join(tempDir(), "good.sqlite");
  afterAll(() => {
    if (unprivileged !== undefined && "isCopy" in unprivileged)
      if (unprivileged.isCopy)
        rmSync(unprivileged.root, { recursive: true, force: true });
  });
  let goodExport = "";
  beforeAll(() => {
    expect(
      runCli(["scan", "--corpus", corpus, "--db", goodDb, "--quiet"]).status,
    ).toBe(0);
    goodExport = exported(goodDb);
  });

  /** A copy of the scanned database in a fresh folder (that others may enter). */
  const copyOfGood = () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const db = join(dir, "db.sqlite");
    copyFileSync(goodDb, db);
    return db;
  };

  it("a database from a newer stp-scan: every command refuses it and leaves it as it was", () => {
    const db = copyOfGood();
    const handle = new Database(db);
    handle.pragma("user_version = 99");
    handle.close();
    const bytes = readFileSync(db);
    for (const args of [
      ["scan", "--corpus", corpus],
      ["stats"],
      ["export", "mentions"],
      ["audit", "status"],
    ]) {
      const r = runCli([...args, "--db", db]);
      expect([r.status, errorLines(r.stderr)]).toEqual([
        2,
        [
          expect.stringMatching(
            new RegExp(
              `^stp-scan: ${db}: written by a newer stp-scan \\(schema 99, this one knows \\d+\\); use that newer stp-scan, or pass another --db$`,
            ),
          ),
        ],
      ]);
    }
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it("a file that is not SQLite is named as such and not overwritten", () => {
    const db = join(tempDir(), "notes.sqlite");
    writeFileSync(db, "These are my notes, not a database.\n".repeat(200));
    const bytes = readFileSync(db);
    for (const args of [["scan", "--corpus", corpus], ["stats"]]) {
      const r = runCli([...args, "--db", db]);
      expect(r.status).toBe(2);
      expect(errorLines(r.stderr)).toEqual([
        `stp-scan: ${db}: file is not a database (SQLITE_NOTADB); this file is not an SQLite database; pass the database stp-scan scan wrote (--db), or a new file name`,
      ]);
    }
    expect(readFileSync(db).equals(bytes)).toBe(true);
    expect(existsSync(`${db}.scan-lock`)).toBe(false);
  });

  it("a read-only database file: scan says so in one line; the stored mentions stay", () => {
    const db = copyOfGood();
    chmodSync(db, 0o444);
    const r = runUnprivileged(
      ["scan", "--corpus", corpus, "--db", db, "--force", "--quiet"],
      [corpus, db],
    );
    if (r === null) return;
    expect(r.status).toBe(2);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^stp-scan: ${db}: attempt to write a readonly database \\(SQLITE_READONLY[A-Z_]*\\); the database file or its folder is read-only; make both writable, or pass another --db$`,
        ),
      ),
    ]);
    expect(exported(db)).toBe(goodExport);
  });

  it("a read-only database: stats, export, search and words answer as on a writable one, keeping nothing", () => {
    const db = copyOfGood();
    const ask = [
      ["stats", "--db", db],
      ["export", "mentions", "--db", db, "--format", "json"],
      ["search", "social value", "--db", db, "--format", "json"],
      ["words", "--db", db, "--format", "json"],
    ];
    const writable = ask.map((args) => runCli(args).stdout);
    // What the explore commands keep is out of date (as after a scan), so they would write it again.
    const handle = new Database(db);
    handle.exec(
      "UPDATE explore_state SET vocabulary_generation = NULL, totals_generation = NULL; DELETE FROM document_layouts",
    );
    handle.close();
    chmodSync(db, 0o444);
    for (const [i, args] of ask.entries()) {
      const r = runUnprivileged(args, [db]);
      if (r === null) return;
      expect([r.status, errorLines(r.stderr)]).toEqual([0, []]);
      expect(r.stdout).toBe(writable[i]);
    }
  });

  it("a read-only database folder: scan cannot take its lock and says so in one line", () => {
    const db = copyOfGood();
    chmodSync(join(db, ".."), 0o755);
    const r = runUnprivileged(
      ["scan", "--corpus", corpus, "--db", db, "--quiet"],
      [corpus, db],
    );
    if (r === null) return;
    expect(r.status).toBe(2);
    expect(errorLines(r.stderr)).toEqual([
      `stp-scan: ${db}: cannot create the lock file ${db}.scan-lock (EACCES); check that the folder is writable`,
    ]);
    expect(exported(db)).toBe(goodExport);
  });

  it("a full disk (a file size limit, as ulimit -f sets it): one line, and what was stored before is kept", () => {
    const db = copyOfGood();
    // 40 KB per file: room for the shared-memory index (32 KB), but the write-ahead log outgrows it while the
    // documents are stored again, so the scan fails mid-way (it used to hang there, its workers kept alive).
    const r = spawnSync(
      "bash",
      [
        "-c",
        `ulimit -f 40 && exec "$0" "$@"`,
        process.execPath,
        MAIN,
        "scan",
        "--corpus",
        corpus,
        "--db",
        db,
        "--force",
        "--quiet",
      ],
      { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 30_000 },
    );
    expect(r.status).toBe(2);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^stp-scan: ${db}: .* \\(SQLITE_(FULL|IOERR_WRITE)\\); .*what was stored before is kept\\)$`,
        ),
      ),
    ]);
    const handle = new Database(db);
    expect(handle.pragma("integrity_check", { simple: true })).toBe("ok");
    handle.close();
    expect(exported(db)).toBe(goodExport);
  });

  it("a missing corpus folder or lexicon, or an unreadable lexicon or manifest CSV: one line naming the file; the database is untouched", () => {
    const db = copyOfGood();
    const before = readFileSync(db);
    const broken = join(tempDir(), "broken.csv");
    writeFileSync(
      broken,
      'id,phrase,concept,headline\nsv,"social value,social-value,true\n',
    );
    const badManifest = writeRobustnessCorpus();
    writeFileSync(
      join(badManifest, "manifest.csv"),
      'plan_id,path\np01,"plans/p01/doc-1.pdf\n',
    );
    const cases: [string[], string | RegExp][] = [
      [
        ["--corpus", "/nonexistent/corpus"],
        "stp-scan: /nonexistent/corpus: corpus folder not found; pass the folder that holds manifest.csv and plans/ (--corpus)",
      ],
      [
        ["--corpus", corpus, "--lexicon", "/nonexistent/lexicon.csv"],
        "stp-scan: /nonexistent/lexicon.csv: lexicon file not found; pass an existing lexicon CSV (--lexicon)",
      ],
      [
        ["--corpus", corpus, "--lexicon", broken],
        new RegExp(
          `^stp-scan: ${broken}(:\\d+)?: not readable as CSV \\(.*\\); fix the file \\(a quote left open\\?\\) and run again$`,
        ),
      ],
      [
        // Another corpus than the database's: only with --replace-corpus, and a broken one replaces nothing.
        ["--corpus", badManifest, "--replace-corpus"],
        new RegExp(
          `^stp-scan: ${join(badManifest, "manifest.csv")}(:\\d+)?: not readable as CSV \\(.*\\); fix the file \\(a quote left open\\?\\) and run again$`,
        ),
      ],
    ];
    for (const [args, message] of cases) {
      const r = runCli(["scan", ...args, "--db", db, "--quiet"]);
      expect(r.status).toBe(2);
      expect(r.stderr.split("\n").filter(Boolean)).toEqual([
        typeof message === "string" ? message : expect.stringMatching(message),
      ]);
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it("bad manifest rows are each named by line and left out; the other rows are scanned", () => {
    const root = writeRobustnessCorpus();
    const manifest = join(root, "manifest.csv");
    const rows = readFileSync(manifest, "utf8").trimEnd().split("\n");
    rows.push(",Nameless,Region,plan,plans/p01/doc-1.pdf,,");
    rows.push("p11,P11,Region,plan,../outside.pdf,,");
    rows.push("p01,P01,Region,plan,plans/p01/doc-1.pdf,,");
    rows[1] = (rows[1] as string).replace(/[0-9a-f]{64}$/, "nothex");
    writeFileSync(manifest, `${rows.join("\n")}\n`);
    const db = join(tempDir(), "db.sqlite");
    const r = runCli(["scan", "--corpus", root, "--db", db, "--quiet"]);
    expect(r.status).toBe(0);
    const n = rows.length + 1;
    for (const [line, reason] of [
      [n - 3, "no plan_id; row ignored"],
      [n - 2, 'path "../outside.pdf"'],
      [n - 1, 'path "plans/p01/doc-1.pdf" is listed again'],
      [2, 'sha256 "nothex" is not a SHA-256 hex digest; not checked'],
    ] as const)
      expect(r.stderr).toContain(`manifest.csv:${line}: ${reason}`);
    expect(exported(db)).toBe(goodExport);
  });
});
