import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { tempDir } from "../helpers.js";
import { startCli } from "./robustness-corpus.js";

// A backtracking engine tries every way of splitting a run of words between `\w+` and the outer `*`
// before it gives up at the full stop: exponential in the run's length. On the shared corpus it ran for longer
// than anyone would wait (tests/bench/runs/2026-12-07/1217-regex-and-glob-timeouts.md).
const CATASTROPHIC = String.raw`(\w+\s?)*$`;

/** Runs the CLI, killing it after `limitMs`; the outcome and how long it took. */
async function timed(args: readonly string[], limitMs: number) {
  const started = performance.now();
  const run = startCli(args);
  const killer = setTimeout(() => run.child.kill("SIGKILL"), limitMs);
  const outcome = await run.done;
  clearTimeout(killer);
  return { ...outcome, seconds: (performance.now() - started) / 1000 };
}

describe("a regex search without a time bomb", () => {
  const db = join(tempDir(), "pages.sqlite");
  beforeAll(() => {
    const line =
      "Partners agree a community benefit clause and social value in every tender we let this year.";
    const docs = Array.from({ length: 4 }, (_, d) => ({
      plan: `p${d + 1}`,
      path: `plans/p${d + 1}/plan.pdf`,
      bytes: makePdf(
        Array.from({ length: 75 }, (_, p) =>
          textPage(`Plan ${d + 1} page ${p + 1}.`, line, line, line, line),
        ),
      ),
    }));
    const corpus = writeCorpus(docs);
    const scan = runCli([
      "scan",
      "--corpus",
      corpus,
      "--db",
      db,
      "--ocr",
      "off",
      "--quiet",
    ]);
    expect(scan.stderr).toBe("");
    expect(scan.status).toBe(0);
  }, 120_000);

  it.each([["search"], ["collocates"]])(
    "%s --regex '(\\w+\\s?)*$' over 300 pages answers within seconds, exit 0",
    async (command) => {
      const run = await timed(
        [command, CATASTROPHIC, "--regex", "--db", db, "--format", "csv"],
        30_000,
      );
      expect(run.signal).toBeNull();
      expect(run.stderr).not.toMatch(/^stp-scan:/m);
      expect(run.status).toBe(0);
      expect(run.seconds).toBeLessThan(10);
    },
    60_000,
  );

  it("search --regex still finds places: 'social\\s+value' on every page", () => {
    const run = runCli([
      "search",
      String.raw`social\s+value`,
      "--regex",
      "--db",
      db,
      "--format",
      "json",
    ]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { matches: number }).matches).toBe(
      4 * 75 * 4,
    );
  });

  it.each([
    [String.raw`(social)\s+\1`, "a backreference"],
    ["social(?= value)", "lookaround"],
    ["(?<!public )social", "lookaround"],
  ])(
    "a pattern RE2 cannot take (%s) gets one line saying so, exit 2",
    (pattern) => {
      const run = runCli(["search", pattern, "--regex", "--db", db]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^stp-scan: --regex ".*": .*(backreference|lookahead|lookbehind|lookaround)/,
      );
    },
  );
});
