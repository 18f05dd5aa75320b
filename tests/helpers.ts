import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../pipeline/paths.js";
import type { Mention } from "../pipeline/types.js";

export { PROJECT_ROOT };

/** The command line as bin/stp-scan runs it: the bundle `make build` writes (see the Makefile). */
export const CLI_BUNDLE = join(PROJECT_ROOT, "dist", "bundle", "main.js");

/** The read-only test corpora beside the checkout (as in CI): ../shared. */
export const SHARED = join(PROJECT_ROOT, "..", "shared");

/** ../shared when it holds the shared corpus's truth, or null when it is absent. */
export const SHARED_DIR: string | null = existsSync(
  join(SHARED, "stp-corpus", "truth.json"),
)
  ? SHARED
  : null;

/** Why a test cannot read `path` under ../shared, or null when it can. */
export const missingShared = (path: string): string | null =>
  existsSync(join(SHARED, path))
    ? null
    : `../shared/${path} is not beside the checkout`;

/**
 * The one way a test skips for want of something: `describe(name, body)` when nothing is `missing`; else it
 * prints `skipping <name>: <missing>` and lists the block as skipped, with the reason as its one test, without
 * running `body` (which may read what is missing, or build what only its tests need). `missing` names what is
 * absent, e.g. missingShared(...), missingChromium(), missingOcrTools(), missingOfficeTools(), missingQpdf();
 * join several with `??`.
 */
export function describeUnlessMissing(
  missing: string | null,
  name: string,
  body: () => void,
): void {
  if (missing === null) {
    describe(name, body);
    return;
  }
  process.stderr.write(`skipping "${name}": ${missing}\n`);
  describe.skip(name, () => it(`needs what is missing: ${missing}`, () => {}));
}

/** A fresh temporary folder for one test. */
export const tempDir = (prefix = "stp-scan-test-") =>
  mkdtempSync(join(tmpdir(), prefix));

/** A mention as one readable line, the way the audit view shows it: `p3 120-133 social-value "social values"`. */
export const formatMention = (m: Mention) =>
  `p${m.page} ${m.span.start}-${m.span.end} ${m.termId} ${JSON.stringify(m.surface)}`;

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
