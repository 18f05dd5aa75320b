import {
  carryVerdicts,
  effectiveVerdicts,
  type VerdictCarry,
} from "../audit/index.js";
import {
  readVerdictRows,
  scanTables,
  type Db,
  type StoredPassage,
} from "../store/index.js";

/**
 * Once a scan has stored its mentions: each verdict whose mention it no longer finds goes to the mention it found
 * on the same passage (carryVerdicts), copied as new verdict rows and recorded with the run. `before`: the
 * passages the database held before the scan.
 */
export function carryScanVerdicts(
  db: Db,
  runId: number,
  before: readonly StoredPassage[],
): VerdictCarry[] {
  const after = scanTables.readPassages(db);
  const afterIds = new Set(after.map((p) => p.mentionId));
  const beforeIds = new Set(before.map((p) => p.mentionId));
  const carries = carryVerdicts(
    before.filter((p) => !afterIds.has(p.mentionId)),
    after.filter((p) => !beforeIds.has(p.mentionId)),
    effectiveVerdicts(readVerdictRows(db)),
  );
  scanTables.saveVerdictCarries(
    db,
    runId,
    carries.map((c) => ({
      from: c.from.mentionId,
      to: c.to.mentionId,
      copied: c.copied,
    })),
  );
  return carries;
}
