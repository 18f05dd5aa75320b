import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../pipeline/paths.js";
import type { Mention } from "../pipeline/types.js";

export { PROJECT_ROOT };

/** The command line as bin/stp-scan runs it: the bundle `make build` writes (see the Makefile). */
export const CLI_BUNDLE = join(PROJECT_ROOT, "dist", "bundle", "main.js");

/** ../shared beside the checkout (as in CI), or null when it is absent. */
export const SHARED_DIR: string | null = existsSync(
  join(PROJECT_ROOT, "..", "shared", "stp-corpus", "truth.json"),
)
  ? join(PROJECT_ROOT, "..", "shared")
  : null;

/**
 * `describe(name, body)` over a folder of ../shared, or, when it is absent (null), one skipped test in its place.
 * jest runs a skipped describe's body to collect its tests, and these bodies read the folder's truth.json.
 */
export function describeOver(
  folder: string | null,
  name: string,
  body: (folder: string) => void,
): void {
  if (folder === null)
    describe.skip(name, () => it("needs its ../shared folder", () => {}));
  else describe(name, () => body(folder));
}

/**
 * `describe` when `missing` is null, else `describe.skip` after printing `skipping <what>: <missing>`: tests that
 * need an installed program skip with the reason, never silently.
 */
export function describeUnlessMissing(
  what: string,
  missing: string | null,
): jest.Describe {
  if (missing === null) return describe;
  process.stderr.write(`skipping ${what}: ${missing}\n`);
  return describe.skip;
}

/** A fresh temporary folder for one test. */
export const tempDir = (prefix = "stp-scan-test-") =>
  mkdtempSync(join(tmpdir(), prefix));

/** A mention as one readable line, the way the audit view shows it: `p3 120-133 social-value "social values"`. */
export const formatMention = (m: Mention) =>
  `p${m.pageNumber} ${m.span.start}-${m.span.end} ${m.termId} ${JSON.stringify(m.surface)}`;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The headline line as a command prints it for a database other than the default one, e.g.
 * headline("unaudited", "2 of 3", "66.7%", "0 plans"): any database and corpus, any 95% interval.
 */
export const headline = (
  kind: "unaudited" | "audited",
  plans: string,
  percent: string,
  apart: string,
): RegExp =>
  new RegExp(
    `^${kind} \\(database .+\\): ${escaped(plans)} fully read plans \\(${escaped(percent)}; 95% interval [\\d.]+%-[\\d.]+%\\) mention social value; ${escaped(apart)} reported apart \\(unreadable documents\\)$`,
  );
