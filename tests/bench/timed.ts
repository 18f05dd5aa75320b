// Wall and CPU time of whole processes, for make bench: the one place that reads the clock and the CPU accounting.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

/** Wall and CPU seconds of one whole run: a process, or a loop of processes one after another. */
export type Cost = { readonly seconds: number; readonly cpuSeconds: number };

/** A finished process: its cost, its standard output and its exit status. */
export type Timed = Cost & {
  readonly stdout: string;
  readonly status: number | null;
};

/**
 * CPU seconds (user + system) of this process's children that have finished, from /proc/self/stat (cutime and
 * cstime, in clock ticks of 1/100 s on Linux): a child's share of both cores, which wall time hides. A child's
 * worker threads and the children it waited for count in it.
 */
function childrenCpuSeconds(): number {
  const { fields } = readProcStat("/proc/self/stat");
  // After the command's name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * A process's or thread's /proc stat file: its command name, and the fields after it (field 3, state, first).
 * The name is in parentheses and may hold spaces and parentheses itself, so it ends at the last ")".
 */
export function readProcStat(path: string): {
  name: string;
  fields: string[];
} {
  const stat = readFileSync(path, "utf8");
  const end = stat.lastIndexOf(")");
  return {
    name: stat.slice(stat.indexOf("(") + 1, end),
    fields: stat.slice(end + 2).split(" "),
  };
}

/** Runs `work` (which must wait for every process it starts) and gives its wall and children's CPU seconds. */
export function measure<T>(work: () => T): Cost & { readonly value: T } {
  const cpu = childrenCpuSeconds();
  const start = performance.now();
  const value = work();
  return {
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: childrenCpuSeconds() - cpu,
    value,
  };
}

/** Runs one command to its end and gives its cost, standard output and exit status. */
export function timed(command: string, args: readonly string[]): Timed {
  const { value: r, ...cost } = measure(() =>
    spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28 }),
  );
  return { ...cost, stdout: r.stdout ?? "", status: r.status };
}

/** The load average over the last minute: the machine may be shared, and wall times rise with it. */
export const loadAverage = () => (os.loadavg()[0] ?? 0).toFixed(1);
