import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  chmodSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../helpers.js";

/** The user whom file permissions bind when the tests run as root ("nobody"). */
export const UNPRIVILEGED_UID = 65534;

const SETPRIV = [
  `--reuid=${UNPRIVILEGED_UID}`,
  `--regid=${UNPRIVILEGED_UID}`,
  "--clear-groups",
];

/** Runs a command as uid 65534; its exit status, stdout and stderr. */
export function spawnUnprivileged(
  command: string,
  args: readonly string[],
  cwd = "/",
) {
  const r = spawnSync("setpriv", [...SETPRIV, command, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 600_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The paths of `paths` that uid 65534 cannot read (folders: cannot list and enter). */
export function unreadableByUnprivileged(
  paths: readonly string[],
): readonly string[] {
  return paths.filter(
    (path) =>
      spawnUnprivileged("sh", [
        "-c",
        'test -r "$1" && { test ! -d "$1" || test -x "$1"; }',
        "sh",
        path,
      ]).status !== 0,
  );
}

/** What the built CLI reads at run time: its build, sources beside it (migrations, lexicon), package.json. */
const PROJECT_PARTS = ["package.json", "dist/pipeline", "pipeline"];

/** The packages the CLI loads at run time: the installed ones package-lock.json does not mark as dev-only. */
function runtimePackages(root: string): readonly string[] {
  const lock = JSON.parse(
    readFileSync(join(root, "package-lock.json"), "utf8"),
  ) as { packages: Record<string, { dev?: boolean }> };
  // A package nested in another's node_modules comes with that one's folder.
  return Object.entries(lock.packages)
    .filter(
      ([path, entry]) =>
        /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) &&
        entry.dev !== true &&
        existsSync(join(root, path)),
    )
    .map(([path]) => path);
}

/**
 * Copies `from` to `to`, every entry readable by all: a file others can already read is hard-linked (cheap, and
 * its mode needs no change), any other is copied and made readable, so the checkout's own modes stay as they are.
 */
function copyReadable(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else if (stat.isDirectory()) {
    mkdirSync(to, { recursive: true, mode: 0o755 });
    chmodSync(to, 0o755);
    for (const entry of readdirSync(from))
      copyReadable(join(from, entry), join(to, entry));
  } else if ((stat.mode & 0o004) !== 0) {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  } else {
    copyFileSync(from, to);
    chmodSync(to, (stat.mode & 0o111) !== 0 ? 0o755 : 0o644);
  }
}

/** Makes each folder from `root` down to `root/relative` (root excluded), each one open to all. */
function makeOpenFolders(root: string, relative: string): void {
  let dir = root;
  for (const segment of relative.split("/").filter((s) => s !== ".")) {
    dir = join(dir, segment);
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
  }
}

/** What uid 65534 must read to run the built CLI from `root`. */
const cliNeeds = (root: string) => [
  process.execPath,
  join(root, "dist/pipeline/cli/main.js"),
  join(root, "pipeline/store/migrations"),
  join(root, "node_modules/better-sqlite3/package.json"),
];

/**
 * A project root from which uid 65534 can run the built CLI: the checkout itself when that user can read it,
 * else a world-readable copy of what the CLI needs in the temporary folder (a checkout in a private folder,
 * such as one made by mktemp -d or a home folder, cannot be reached by others). A string saying why not when
 * even the copy is out of that user's reach.
 */
export function rootReadableByUnprivileged():
  | { readonly root: string; readonly isCopy: boolean }
  | { readonly reason: string } {
  if (unreadableByUnprivileged(cliNeeds(PROJECT_ROOT)).length === 0)
    return { root: PROJECT_ROOT, isCopy: false };
  const copy = mkdtempSync(join(tmpdir(), "stp-scan-unprivileged-"));
  chmodSync(copy, 0o755);
  for (const part of [...PROJECT_PARTS, ...runtimePackages(PROJECT_ROOT)]) {
    makeOpenFolders(copy, dirname(part));
    copyReadable(join(PROJECT_ROOT, part), join(copy, part));
  }
  const unreadable = unreadableByUnprivileged(cliNeeds(copy));
  if (unreadable.length === 0) return { root: copy, isCopy: true };
  rmSync(copy, { recursive: true, force: true });
  return {
    reason: `uid ${UNPRIVILEGED_UID} cannot read ${unreadable.join(", ")}, even in a copy of the build in ${tmpdir()}`,
  };
}
