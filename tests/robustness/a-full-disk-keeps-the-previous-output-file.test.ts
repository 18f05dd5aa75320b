import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.js";
import { writeCorpus, type FixtureDoc } from "../fixtures/corpus-builder.js";
import { makePdf, textPage } from "../fixtures/pdf-writer.js";
import { CLI_BUNDLE, PROJECT_ROOT, tempDir } from "../helpers.js";
import { seededRandom } from "./robustness-corpus.js";

// A real write failure, not a mock: `prlimit --fsize` caps the size of any file the CLI writes, so an output
// larger than the cap fails with EFBIG (Node ignores SIGXFSZ) as it would on a full disk. The cap stays above
// the 32 KiB SQLite's shared-memory file needs, so only the output file meets it.
const LIMIT_BYTES = 48_000;
const hasPrlimit = spawnSync("prlimit", ["--version"]).status === 0;

/**
 * Words that do not compress, so that even the zip bundle is larger than the cap; the mentions are of a term
 * that is not a headline term (bar one a document), which the report draws no page picture for.
 */
function corpusOfVariedText(): string {
  const random = seededRandom(3);
  const word = () => Math.floor(random() * 2 ** 32).toString(36);
  const docs: FixtureDoc[] = [];
  for (let plan = 1; plan <= 12; plan++)
    docs.push({
      plan: `p${plan}`,
      path: `plans/p${plan}/plan.pdf`,
      bytes: makePdf(
        Array.from({ length: 4 }, (_, page) =>
          textPage(
            page === 0 ? "Our plan adds social value." : "",
            ...Array.from(
              { length: 12 },
              () =>
                `${word()} ${word()} social enterprise ${word()} ${word()} ${word()}.`,
            ),
          ),
        ),
      ),
    });
  return writeCorpus(docs);
}

describe("an output the disk cannot hold leaves the previous file as it was, with one line", () => {
  const corpus = corpusOfVariedText();
  const folder = tempDir();
  const db = join(folder, "stp.sqlite");
  beforeAll(() => {
    expect(runCli(["scan", "--corpus", corpus, "--db", db]).status).toBe(0);
  }, 120_000);

  it.each([
    ["report", ["report", "--db", db, "--out"]],
    ["export", ["export", "mentions", "--db", db, "--out"]],
    [
      "export xlsx",
      ["export", "mentions", "--db", db, "--format", "xlsx", "--out"],
    ],
    ["audit export", ["audit", "export", "--db", db, "--out"]],
    ["search --out", ["search", "social enterprise", "--db", db, "--out"]],
    ["search --plot", ["search", "social enterprise", "--db", db, "--plot"]],
    ["bundle", ["bundle", "--db", db, "--out"]],
  ])("%s", (name, args) => {
    if (!hasPrlimit) {
      process.stderr.write("skipped: prlimit (util-linux) is not installed\n");
      return;
    }
    const out = join(
      folder,
      `${name.replace(/\W+/g, "-")}.${name === "search --plot" ? "svg" : name === "bundle" ? "zip" : "out"}`,
    );
    // The file it would write is larger than the cap (else the test proves nothing).
    expect(runCli([...args, out]).status).toBe(0);
    expect(readFileSync(out).length).toBeGreaterThan(LIMIT_BYTES);
    const previous = Buffer.from("the previous good file\n");
    writeFileSync(out, previous);
    const r = spawnSync(
      "prlimit",
      [`--fsize=${LIMIT_BYTES}`, process.execPath, CLI_BUNDLE, ...args, out],
      { cwd: PROJECT_ROOT, encoding: "utf8" },
    );
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("stp-scan:"));
    expect([r.status, lines]).toEqual([
      2,
      [
        `stp-scan: ${out}: file too large for this disk (or for the size limit set on this program); the previous file is kept`,
      ],
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out)).toEqual(previous);
    expect(readdirSync(folder).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});
