import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
} from "node:fs";
import { join } from "node:path";
import {
  CorpusError,
  findUnderPlans,
  sha256OfFile,
  writeFileAtomic,
} from "../corpus/index.js";
import { takePidLock } from "../store/index.js";
import { StpError } from "../problem.js";

/** Held by the one `add` that may change the corpus; names its process id. */
export const LOCK_FILE = ".stp-scan-add.lock";
/** What an `add` in progress has put, or is about to put, under plans/: read back after a crash to undo it. */
export const JOURNAL_FILE = ".stp-scan-add.journal";

/** The files and folders an add is writing: a file it lists is removed again unless the manifest lists it. */
export type Journal = {
  readonly pid: number;
  readonly files: readonly { readonly path: string; readonly sha256: string }[];
  readonly folders: readonly string[];
  /**
   * `corpus remove`: the document being taken out and where its file is set aside. The manifest decides: while it
   * still lists `path` the remove is undone, once it does not the remove is finished.
   */
  readonly removal?: {
    readonly path: string;
    readonly sha256: string;
    readonly asideTo: string;
  };
};

/** An add's own temporary files: `<name>.tmp-<pid>` (copies, manifest, journal); never a `.pdf`, never scanned. */
export const isTempName = (name: string) => /\.tmp-\d+$/.test(name);

/** A corpus another `add` is changing right now. */
export class CorpusBusyError extends StpError {}

/**
 * Takes the corpus's add lock and returns its release. A lock left by a process that is gone (killed, even a
 * zombie no one reaps) is taken over; one held by a live process is refused, as two adds would each rewrite
 * the manifest.
 */
export function lockCorpus(root: string): () => void {
  const file = join(root, LOCK_FILE);
  const lock = takePidLock(file);
  switch (lock.kind) {
    case "taken":
      return lock.release;
    case "failed":
      throw new CorpusError({
        file: root,
        reason: `cannot create the lock file ${file} (${lock.error.code ?? lock.error.message}); check that the folder is writable`,
        cause: lock.error,
      });
    case "held":
      throw new CorpusBusyError(
        `${file}: another stp-scan add (process ${lock.pid}) is changing this corpus; wait for it to finish`,
      );
    case "contended":
      throw new CorpusBusyError(`${file}: cannot take the lock`);
  }
}

export function writeJournal(root: string, journal: Journal): void {
  writeFileAtomic(join(root, JOURNAL_FILE), `${JSON.stringify(journal)}\n`);
}

export function clearJournal(root: string): void {
  rmSync(join(root, JOURNAL_FILE), { force: true });
}

/** The journal of an add that did not finish, or null. An unreadable journal names nothing to undo. */
export function readJournal(root: string): Journal | null {
  const file = join(root, JOURNAL_FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Journal;
  } catch {
    // Written atomically, so only a hand edit breaks it; the temp files are still found by name.
    return { pid: 0, files: [], folders: [] };
  }
}

/** Temporary files an add left (relative to root): under plans/, and beside manifest.csv. */
export function findTempFiles(root: string): string[] {
  const found = findUnderPlans(root, (entry) => isTempName(entry.name));
  for (const name of existsSync(root) ? readdirSync(root) : [])
    if (isTempName(name)) found.push(name);
  return found.sort();
}

/**
 * Settles a `corpus remove` that was interrupted: still listed, the file stays and its set-aside copy goes; no
 * longer listed, the file goes and its copy stays (put aside now if the kill came first). The sha256 check spares
 * a file someone put at either name by hand since.
 */
function settleRemoval(
  root: string,
  removal: NonNullable<Journal["removal"]>,
  listed: ReadonlySet<string>,
): string {
  const file = join(root, removal.path);
  const aside = join(root, removal.asideTo);
  const holds = (f: string) =>
    existsSync(f) && sha256OfFile(f) === removal.sha256;
  if (listed.has(removal.path)) {
    if (holds(file) && holds(aside)) rmSync(aside);
    return `undid an interrupted remove of ${removal.path}: it stays in the corpus`;
  }
  if (holds(file)) {
    if (!holds(aside)) renameSync(file, aside);
    else rmSync(file);
  }
  return `finished an interrupted remove of ${removal.path}: the file is in ${removal.asideTo}`;
}

/**
 * Puts the corpus back as it was before an add that was interrupted (Ctrl-C, kill -9, a full disk): a file the
 * journal names is removed unless the manifest lists it (then that add had finished), every temporary file goes,
 * and folders it created are removed when empty. Call it holding the lock. Returns one line per change.
 */
export function undoInterruptedAdd(
  root: string,
  listed: ReadonlySet<string>,
): string[] {
  const done: string[] = [];
  const journal = readJournal(root);
  if (journal?.removal !== undefined)
    done.push(settleRemoval(root, journal.removal, listed));
  for (const { path, sha256 } of journal?.files ?? []) {
    const file = join(root, path);
    // The sha256 check spares a file someone put at that name by hand since.
    if (listed.has(path) || !existsSync(file) || sha256OfFile(file) !== sha256)
      continue;
    rmSync(file);
    done.push(
      `removed ${path}: copied by an interrupted add but never listed in manifest.csv`,
    );
  }
  for (const temp of findTempFiles(root)) {
    rmSync(join(root, temp), { force: true });
    done.push(`removed ${temp}: a temporary file left by an interrupted add`);
  }
  for (const folder of journal?.folders ?? []) {
    try {
      rmdirSync(join(root, folder));
      // A remove's folders under removed/ go with it, as part of the line settleRemoval gave.
      if (journal?.removal === undefined)
        done.push(
          `removed the empty folder ${folder}, made by an interrupted add`,
        );
    } catch {
      // Not empty (a file in it was listed) or already gone: keep it.
    }
  }
  if (journal !== null) clearJournal(root);
  return done;
}
