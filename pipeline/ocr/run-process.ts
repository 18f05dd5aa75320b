import { spawn } from "node:child_process";
import { fail, ok } from "../problem.js";
import type { Result } from "../types.js";

/** How a child process ended: its output, or why there is none. */
export type ProcessOutcome = Result<{
  readonly stdout: Buffer;
  readonly stderr: string;
}>;

/** What a child process is given. */
export type ProcessOptions = {
  readonly input?: Uint8Array;
  /** Killed (SIGKILL) after this long. */
  readonly timeoutMs: number;
  readonly env?: NodeJS.ProcessEnv;
};

/** The pids of this thread's children still running, and who is told when that changes (one listener). */
const running = new Set<number>();
let onRunningChange: ((pids: readonly number[]) => void) | null = null;

/**
 * Tells `listener` the pids of the children this thread still runs, each time one starts or ends. A worker
 * thread passes them on so that the pool, when it stops the worker, can stop them too: a stopped worker's own
 * timers die with it, and its children would run on.
 */
export function watchRunningChildren(
  listener: (pids: readonly number[]) => void,
): void {
  onRunningChange = listener;
}

const setRunning = (pid: number | undefined, on: boolean) => {
  if (pid === undefined) return;
  if (on) running.add(pid);
  else running.delete(pid);
  onRunningChange?.([...running]);
};

const lastLine = (text: string) =>
  text.trim().split("\n").pop()?.slice(0, 200) ?? "";

/**
 * Runs a command to its end and returns its stdout; a command that is missing, exits non-zero, is killed by a
 * signal or outlives `timeoutMs` (then killed) is a value with the reason, never a throw. The outcome is
 * decided from the child's own events and the timer, never by asking whether a pid is alive (a killed child
 * may linger as a zombie).
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const name = command.split("/").pop() ?? command;
    let settled = false;
    const settle = (outcome: ProcessOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      setRunning(child.pid, false);
      resolve(outcome);
    };
    const failWith = (reason: string) => settle(fail({ reason }));
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    setRunning(child.pid, true);
    const out: Buffer[] = [];
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      failWith(
        `${name} stopped after ${Math.round(options.timeoutMs / 1000)} s (time limit per page)`,
      );
    }, options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      if (err.length < 10_000) err += chunk.toString("utf8");
    });
    child.on("error", (error: Error & { code?: string }) =>
      failWith(
        error.code === "ENOENT"
          ? `${name} is not installed`
          : `${name} cannot be started (${error.message})`,
      ),
    );
    child.on("close", (code, signal) => {
      if (code === 0) settle(ok({ stdout: Buffer.concat(out), stderr: err }));
      else
        failWith(
          signal !== null
            ? `${name} crashed (${signal})${err ? `: ${lastLine(err)}` : ""}`
            : `${name} failed (exit ${code})${err ? `: ${lastLine(err)}` : ""}`,
        );
    });
    // A child that dies before reading all its input makes the write fail (EPIPE): its exit tells why.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? new Uint8Array(0));
  });
}
