import { statSync } from "node:fs";
import { DB_FILE } from "../defaults.js";

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** True when `args[i]`, an option that takes a value, stands without one (last, or followed by another option). */
function lacksValue(args: readonly string[], i: number): boolean {
  const next = args[i + 1];
  return next === undefined || /^--?[a-z]/i.test(next);
}

/**
 * What is wrong with the options as typed, checked before any command runs, or null: an option that takes a
 * value typed without one (yargs then quietly uses its default: `--db` alone read output/stp-scan.sqlite), or a
 * --db that names a folder (SQLite would only say it cannot open it). `valued`: the options that take a value.
 */
export function optionProblem(
  args: readonly string[],
  argv: Readonly<Record<string, unknown>>,
  valued: ReadonlySet<string>,
): string | null {
  for (const [i, arg] of args.entries()) {
    if (!arg.startsWith("--") || arg === "--") continue;
    const [name = "", value] = arg.slice(2).split("=");
    const isEmpty =
      value === undefined
        ? valued.has(name) && lacksValue(args, i)
        : value === "";
    if (!isEmpty) continue;
    return name === "db"
      ? `--db needs a file name (leave --db out to use ${DB_FILE})`
      : `--${name} needs a value`;
  }
  const db = argv.db;
  if (typeof db === "string" && isFolder(db))
    return `${db}: is a folder, not a database file (--db)`;
  // Told before the work, not after it when the file cannot be written.
  for (const option of ["out", "plot"]) {
    const out = argv[option];
    if (typeof out === "string" && isFolder(out))
      return `${out}: is a folder; give the name of a file to write (--${option} FOLDER/FILE)`;
  }
  return null;
}
