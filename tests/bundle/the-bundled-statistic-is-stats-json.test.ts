import { join } from "node:path";
import { BUNDLE_FILES, unzipFiles } from "../../pipeline/bundle/index.js";
import { runCli } from "../cli/run-cli.js";
import { writeDemoCorpus } from "../fixtures/demo-corpus.js";
import { tempDir } from "../helpers.js";

// statistic.json is "the figure exactly as `stats --json` prints it with those settings": every field it has is
// the field of the same name that `stats --json` prints, in the same order; `stats --json` adds only what says
// where the figure was read (the database, the interval, the verdicts beside an unaudited figure...).

describe("a bundle's statistic.json is stats --json with the same options", () => {
  const corpus = tempDir();
  writeDemoCorpus(corpus);
  const folder = tempDir();
  const db = join(folder, "stp.sqlite");
  beforeAll(() => {
    const scan = ["scan", "--corpus", corpus, "--db", db, "--ocr", "off"];
    expect(runCli([...scan, "--quiet"]).status).toBe(0);
    const mentions = JSON.parse(
      runCli(["mentions", "--db", db, "--format", "json"]).stdout,
    ) as { mention_id: string }[];
    expect(mentions.length).toBeGreaterThan(2);
    const [first, second] = mentions.map((m) => m.mention_id);
    expect(runCli(["audit", "reject", `${first}`, "--db", db]).status).toBe(0);
    expect(runCli(["audit", "accept", `${second}`, "--db", db]).status).toBe(0);
  }, 120_000);

  it.each([
    [[]],
    [["--audited"]],
    [["--count-in", "body"]],
    [["--count-in", "body,list", "--audited"]],
    [["--threshold", "2"]],
  ])("with %j", async (options) => {
    const stats = runCli(["stats", "--json", "--db", db, ...options]);
    expect(stats.status).toBe(0);
    const printed = JSON.parse(stats.stdout) as Record<string, unknown>;
    const zip = join(folder, `bundle${options.join("")}.zip`);
    expect(
      runCli(["bundle", "--db", db, "--out", zip, ...options]).status,
    ).toBe(0);
    const files = await unzipFiles(zip, () => true);
    const bundled = JSON.parse(
      files.get(BUNDLE_FILES.statistic) ?? "",
    ) as Record<string, unknown>;
    expect(Object.keys(bundled)).toEqual(
      expect.arrayContaining(["numerator", "denominator", "share", "plans"]),
    );
    const names = Object.keys(printed).filter((k) => k in bundled);
    expect(names).toEqual(Object.keys(bundled));
    expect(Object.fromEntries(names.map((k) => [k, printed[k]]))).toEqual(
      bundled,
    );
  });
});
