import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { openDatabase, type Db } from "../store/index.js";
import { UsageError } from "./fatal.js";

/** Opens an existing database for reading commands; a missing one is a usage error, not an empty result. */
export function openExisting(file: string): Db {
  if (!existsSync(file))
    throw new UsageError(
      `${file}: no database here; run "stp-scan scan" first (or pass --db)`,
    );
  return openDatabase(file, { mustExist: true });
}

/** Writes data to a file (creating its folder) or, without one, to stdout. */
export function emit(text: string, out: string | undefined): void {
  if (out === undefined || out === "-") {
    process.stdout.write(text);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  process.stderr.write(`wrote ${out}\n`);
}
