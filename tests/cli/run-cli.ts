import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../helpers.js";

/** Runs the built CLI as an analyst's script would, capturing stdout and stderr apart. */
export function runCli(args: readonly string[], cwd = PROJECT_ROOT) {
  const r = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, "dist/pipeline/cli/main.js"), ...args],
    { cwd, encoding: "utf8", timeout: 600_000 },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
