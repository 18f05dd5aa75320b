import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from "node:fs";

/** What trying to take a lock file gave. */
export type PidLock =
  | { readonly kind: "taken"; readonly release: () => void }
  | { readonly kind: "held"; readonly pid: number }
  | { readonly kind: "failed"; readonly error: NodeJS.ErrnoException }
  | { readonly kind: "contended" };

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Takes a lock file that names the process holding it (one home for the scan lock and the add lock). It is
 * created with `wx`, so only one process can make it; one left by a process that is gone (kill -9, power cut)
 * is taken over, since the pid it names no longer runs; an empty one is being written this instant by its
 * creator and is given a moment first.
 */
export function takePidLock(file: string, attempts = 3): PidLock {
  for (let attempt = 0; attempt < attempts; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        return { kind: "failed", error: error as NodeJS.ErrnoException };
      let holder = NaN;
      try {
        holder = Number(readFileSync(file, "utf8").trim());
      } catch {
        continue; // removed by its owner between our open and read: try again
      }
      if (holder === 0 && attempt === 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if (
        Number.isInteger(holder) &&
        holder > 0 &&
        holder !== process.pid &&
        isAlive(holder)
      )
        return { kind: "held", pid: holder };
      rmSync(file, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { kind: "taken", release: () => rmSync(file, { force: true }) };
  }
  return { kind: "contended" };
}
