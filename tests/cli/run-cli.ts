import { spawnSync } from "node:child_process";
import { CLI_BUNDLE, PROJECT_ROOT } from "../helpers.js";

/** Runs the built CLI as an analyst's script would, capturing stdout and stderr apart; `input` is fed to stdin. */
export function runCli(
  args: readonly string[],
  options: {
    readonly cwd?: string;
    readonly input?: string;
    /** Extra environment variables. */
    readonly env?: Readonly<Record<string, string>>;
  } = {},
) {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    encoding: "utf8",
    timeout: 600_000,
    input: options.input ?? "",
    env: { ...process.env, ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
