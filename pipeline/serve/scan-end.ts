import { figureOf } from "../audit/index.js";
import { renderScanJson, renderScanOutcome } from "../report/index.js";
import { ScanStoppedError, type ScanSummary } from "../scan/index.js";
import { readOcrFigures, type Db } from "../store/index.js";
import type { ScanEventJson } from "./write-types.js";

/** The end of a finished scan: the change summary `scan` prints and the object `scan --json` prints. */
export function finishedEvent(
  summary: ScanSummary,
  db: Db,
  dbFile: string,
  seconds: number,
): ScanEventJson {
  const figure = figureOf(db, dbFile, summary.project.threshold);
  return {
    type: "end",
    how: "finished",
    reason: null,
    outcome: renderScanOutcome(summary, figure, readOcrFigures(db)),
    scan: JSON.parse(
      renderScanJson(summary, figure, { seconds, maxRssKb: 0 }),
    ) as Record<string, unknown>,
  };
}

/** The end of a scan that threw: stopped (cancelled, what was stored stays) or failed, with the reason. */
export const failedEvent = (error: unknown): ScanEventJson => ({
  type: "end",
  how: error instanceof ScanStoppedError ? "stopped" : "failed",
  reason: String((error as Error | null)?.message ?? error),
  outcome: null,
  scan: null,
});
