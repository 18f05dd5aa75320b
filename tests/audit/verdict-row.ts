import type { VerdictRow } from "../../pipeline/types.js";

let lastId = 0;

/** A verdict row as the store reads it, with the next verdict id (so rows made later count as later). */
export const verdictRow = (
  mentionId: string,
  verdict: VerdictRow["verdict"],
  auditor = "ann",
  kind: VerdictRow["kind"] = "judge",
  note: string | null = null,
  coded: Pick<VerdictRow, "code" | "blind"> = {},
): VerdictRow => ({
  verdictId: ++lastId,
  mentionId,
  verdict,
  auditor,
  note,
  decidedAt: "2026-01-01T00:00:00Z",
  kind,
  ...coded,
});

/** A judgement given blind, with its reason (null: none). */
export const blindRow = (
  mentionId: string,
  verdict: VerdictRow["verdict"],
  auditor: string,
  code: string | null = null,
): VerdictRow =>
  verdictRow(mentionId, verdict, auditor, "judge", null, { code, blind: true });
