import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../helpers.js";

/** python3 on this machine, or null (the tests that need a parent which never reaps then skip). */
export const PYTHON: string | null =
  spawnSync("python3", ["-c", "import os; os.waitid"]).status === 0
    ? "python3"
    : null;

// A parent that never reaps its child, as a container whose PID 1 reaps nothing: it starts the CLI, kills it
// with SIGKILL once the database holds `documents` rows (or, with no database named, waits for the CLI to kill
// itself), sees it dead with WNOWAIT (which leaves it a zombie), prints its pid and sleeps.
const PARENT = `
import os, signal, sqlite3, subprocess, sys, time
db, documents = sys.argv[1], int(sys.argv[2])
child = subprocess.Popen(sys.argv[3:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def stored():
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0
if db:
    while stored() < documents:
        if os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            print("finished before the kill", flush=True)
            time.sleep(600)
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
print(child.pid, flush=True)
time.sleep(600)
`;

/** The state letter of a process in /proc (Z: a zombie), or null when there is no such process. */
export function processState(pid: number): string | null {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Runs the built CLI under a parent that never reaps it, and resolves once the CLI was killed (by the parent,
 * once `killAfter.db` holds `killAfter.documents` documents; or by itself, through a test hook in `env`) and
 * is a zombie: its pid, and the parent to stop at the end of the test.
 */
export function killUnreaped(
  args: readonly string[],
  options: {
    readonly killAfter?: { readonly db: string; readonly documents: number };
    readonly env?: Record<string, string>;
  },
): Promise<{ readonly pid: number; readonly parent: ChildProcess }> {
  const parent = spawn(
    PYTHON ?? "python3",
    [
      "-c",
      PARENT,
      options.killAfter?.db ?? "",
      String(options.killAfter?.documents ?? 0),
      process.execPath,
      join(PROJECT_ROOT, "dist/pipeline/cli/main.js"),
      ...args,
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    parent.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
      const line = out.split("\n");
      if (line.length < 2) return;
      const pid = Number(line[0]);
      if (Number.isInteger(pid) && pid > 0) resolve({ pid, parent });
      else reject(new Error(`the parent said: ${line[0]}`));
    });
    parent.on("exit", (code) =>
      reject(new Error(`the parent ended (${code}) before the kill`)),
    );
  });
}
