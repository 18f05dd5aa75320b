// CPU seconds of each thread of a command while it runs (Linux /proc), for docs/speed.md: which share of a scan's
// CPU is V8's background threads (compiling and, unless node runs with --single-threaded-gc, collecting garbage)
// rather than the workers' JavaScript.
// Usage: node dist/tests/bench/thread-cpu.js COMMAND [ARGS...]
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { readProcStat } from "./timed.js";

type ThreadCpu = { name: string; seconds: number };

/** utime + stime of each thread of `pid` now, by thread id; threads that have ended are not listed. */
function readThreads(pid: number): Map<string, ThreadCpu> {
  const threads = new Map<string, ThreadCpu>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const { name, fields } = readProcStat(`/proc/${pid}/task/${tid}/stat`);
      // utime (14) and stime (15), in clock ticks of 1/100 s, are at 11 and 12 after the name.
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      threads.set(tid, { name, seconds });
    }
  } catch {
    // The process or a thread ended between the listing and the read: keep what was read.
  }
  return threads;
}

const [command, ...args] = process.argv.slice(2);
if (command === undefined) {
  process.stderr.write(
    "usage: node dist/tests/bench/thread-cpu.js COMMAND [ARGS...]\n",
  );
  process.exit(2);
}
const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
const last = new Map<string, ThreadCpu>();
// Every 50 ms the latest figure of each thread is kept, so a worker that ends early still counts (short by under 50 ms).
const poll = setInterval(() => {
  if (child.pid === undefined) return;
  for (const [tid, cpu] of readThreads(child.pid)) last.set(tid, cpu);
}, 50);
child.on("exit", (code) => {
  clearInterval(poll);
  const byName = new Map<string, { seconds: number; threads: number }>();
  for (const { name, seconds } of last.values()) {
    const sum = byName.get(name) ?? { seconds: 0, threads: 0 };
    byName.set(name, {
      seconds: sum.seconds + seconds,
      threads: sum.threads + 1,
    });
  }
  for (const [tid, { name, seconds }] of last)
    process.stdout.write(`thread ${tid} ${name}: ${seconds.toFixed(2)} s\n`);
  for (const [name, { seconds, threads }] of byName)
    process.stdout.write(
      `${name} (${threads} threads): ${seconds.toFixed(2)} s\n`,
    );
  process.exitCode = code ?? 1;
});
