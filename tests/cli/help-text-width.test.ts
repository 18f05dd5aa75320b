import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../helpers.js";
import { runCli } from "./run-cli.js";

const BUNDLE_DIR = join(PROJECT_ROOT, "dist", "bundle");
const STAND_IN = join(
  PROJECT_ROOT,
  "dist",
  "pipeline",
  "cli",
  "help-text-width.js",
);

/**
 * Widths of the texts from the stand-in and from string-width itself, in a plain node process: the stand-in
 * loads the package with require(), which jest's module runtime does not do for ES modules.
 */
function widths(
  texts: readonly string[],
  options: object,
): { standIn: number[]; real: number[] } {
  const script = `
    import standIn from ${JSON.stringify(pathToFileURL(STAND_IN).href)};
    import real from "string-width";
    const [texts, options] = JSON.parse(process.argv[1]);
    console.log(JSON.stringify({
      standIn: texts.map((t) => standIn(t, options)),
      real: texts.map((t) => real(t, options)),
    }));`;
  const r = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify([texts, options])],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as { standIn: number[]; real: number[] };
}

const TEXTS = [
  "stp-scan scan --corpus DIR",
  "社会的価値 plans",
  "ok 👍🏽 done",
  "\u001b[1mbold\u001b[22m text",
  "cafe\u0301",
  "",
];

describe("help-text-width: the bundle's stand-in for string-width, loaded when help is laid out", () => {
  it.each([{}, { countAnsiEscapeCodes: true }])(
    "measures wide, emoji, escaped and combined text as string-width does (options %j)",
    (options) => {
      const { standIn, real } = widths(TEXTS, options);
      expect(standIn).toEqual(real);
      expect(real.slice(0, 3)).toEqual([26, 16, 10]);
    },
  );

  it("no bundled command compiles string-width itself (its emoji pattern cost every command some 25 ms)", () => {
    const bundles = readdirSync(BUNDLE_DIR).filter((f) => f.endsWith(".js"));
    expect(bundles).toContain("main.js");
    const holding = bundles.filter((f) =>
      /RGI_Emoji|new Intl\.Segmenter/.test(
        readFileSync(join(BUNDLE_DIR, f), "utf8"),
      ),
    );
    expect(holding).toEqual([]);
  });

  it.each(["--help", "search --help", "audit status --help"])(
    "stp-scan %s lays out help as the unbundled build does",
    (line) => {
      const args = line.split(" ");
      const bundled = runCli(args);
      const unbundled = spawnSync(
        process.execPath,
        [join(PROJECT_ROOT, "dist", "pipeline", "cli", "main.js"), ...args],
        { cwd: PROJECT_ROOT, encoding: "utf8" },
      );
      expect(bundled.status).toBe(0);
      expect(bundled.stdout).toBe(unbundled.stdout);
      expect(bundled.stdout.length).toBeGreaterThan(200);
    },
  );
});
