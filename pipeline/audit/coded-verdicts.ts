import { beyondTables, type Db } from "../store/index.js";
import type { VerdictRow } from "../types.js";

/**
 * The judgement a coded passage carries (spec v2.1 point 4): whoever codes a passage says it discusses its concept,
 * so it stands as that analyst's `accepted`, before any verdict given on it (another auditor may reject it, and
 * the verdict rule then makes it disputed, as for any mention). Made from the coding row, never stored twice.
 */
export function codedVerdictRows(
  passages: readonly {
    readonly mentionId: string;
    readonly auditor: string;
    readonly note: string;
    readonly codedAt: string;
  }[],
): VerdictRow[] {
  return passages.map((p) => ({
    verdictId: 0,
    mentionId: p.mentionId,
    verdict: "accepted",
    auditor: p.auditor,
    note: p.note,
    decidedAt: p.codedAt,
    kind: "judge",
  }));
}

/** The judgements the coded passages that stand in `db` carry, to read before the stored verdicts. */
export const codedPassageVerdicts = (db: Db): VerdictRow[] =>
  codedVerdictRows(beyondTables.readStandingPassages(db));
