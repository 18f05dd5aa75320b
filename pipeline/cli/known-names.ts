import { unknownNameOf } from "../explore/store/index.js";
import type { Db } from "../store/index.js";
import { UsageError } from "./fatal.js";

/** Refuses (exit 2) a plan, term or concept the database `file` does not hold, naming what it holds. */
export function refuseUnknownNames(
  db: Db,
  file: string,
  given: Parameters<typeof unknownNameOf>[2],
): void {
  const unknown = unknownNameOf(db, file, given);
  if (unknown !== null) throw new UsageError(unknown);
}
