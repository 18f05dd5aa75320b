import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { PROJECT_ROOT, tempDir } from "../helpers.js";
import { runCli } from "./run-cli.js";

const BIN = join(PROJECT_ROOT, "bin", "stp-scan");
const VERSION = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    version: string;
  }
).version;

const run = (file: string, args: readonly string[], cwd = "/") => {
  const r = spawnSync(file, args, { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("bin/stp-scan: the entry point analysts run (node directly, no npx)", () => {
  it("--version prints the package's version on stdout, from any folder (fixed #13)", () => {
    expect(run(BIN, ["--version"])).toEqual({
      status: 0,
      stdout: `${VERSION}\n`,
      stderr: "",
    });
  });

  it("runs a command with its arguments as given (spaces kept), its output and exit code those of the CLI", () => {
    const folder = join(tempDir(), "my plans");
    writeDemoCorpus(join(folder, "corpus"));
    const db = join(folder, "out put", "stp.sqlite");
    const scan = run(BIN, [
      "scan",
      "--corpus",
      join(folder, "corpus"),
      "--db",
      db,
      "--quiet",
    ]);
    expect(scan.status).toBe(0);
    expect(run(BIN, ["stats", "--json", "--db", db])).toEqual(
      runCli(["stats", "--json", "--db", db]),
    );
    const missing = run(BIN, ["stats", "--db", join(folder, "none.sqlite")]);
    expect([missing.status, missing.stderr]).toEqual([
      2,
      `stp-scan: ${join(folder, "none.sqlite")}: no database here; run "stp-scan scan" first (or pass --db)\n`,
    ]);
  }, 120_000);

  it("a link to it from a folder on PATH runs the checkout it points to", () => {
    const onPath = tempDir();
    symlinkSync(BIN, join(onPath, "stp-scan"));
    expect(run(join(onPath, "stp-scan"), ["--version"]).stdout).toBe(
      `${VERSION}\n`,
    );
  });

  it("without a build beside it, it says so in one line and exits 2", () => {
    const copy = join(tempDir(), "bin");
    mkdirSync(copy);
    copyFileSync(BIN, join(copy, "stp-scan"));
    const r = run("sh", [join(copy, "stp-scan"), "--version"]);
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(
      /^stp-scan: .*\/dist\/bundle\/main\.js not found; run make build in .*\n$/,
    );
  });

  it.each(["--help", "stats --help", "audit status --help", "scan --version"])(
    "stp-scan %s prints on stdout, so it pipes into less or a script (fixed #13)",
    (line) => {
      const r = runCli(line.split(" "));
      expect([r.status, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toMatch(
        line.endsWith("--help") ? /^stp-scan/ : new RegExp(`^${VERSION}\n$`),
      );
    },
  );
});
