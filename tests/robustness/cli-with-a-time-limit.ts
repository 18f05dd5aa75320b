import { spawnSync } from "node:child_process";
import { CLI_BUNDLE, PROJECT_ROOT } from "../helpers.js";

/**
 * Runs the built CLI for at most `seconds`, then kills it (SIGKILL): a command that hangs or loops fails its test
 * with status null instead of holding the suite. spawnSync returns only once the child has exited.
 */
export function runCliFor(args: readonly string[], seconds = 20) {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: seconds * 1000,
    killSignal: "SIGKILL",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
