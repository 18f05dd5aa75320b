import {
  auditedStatisticOfRows,
  codedPassageVerdicts,
  effectiveCodes,
  effectiveVerdicts,
  verdictOf,
  type AuditState,
  type KwicMention,
} from "../audit/index.js";
import { describeShare } from "../stats/index.js";
import { readVerdictRows, type Db } from "../store/index.js";
import type { EffectiveVerdict, PlanCounts, VerdictRow } from "../types.js";
import type { StatisticJson } from "./api-types.js";

/** What the statistic reads of a mention. */
type Judged = Pick<KwicMention, "plan_id" | "headline" | "location"> & {
  verdict: EffectiveVerdict;
};

/** The verdicts on a corpus's mentions as they stand, and the audited statistic they give. */
export type VerdictTally = {
  readonly states: ReadonlyMap<string, AuditState>;
  /** The reason of each judged mention's verdict (see effectiveCodes). */
  readonly codes: ReadonlyMap<string, string | null>;
  /** Reads the verdicts appended since the last read (all of them the first time). */
  readonly update: () => void;
  readonly statistic: () => StatisticJson;
};

/**
 * The verdicts on `mentions` (in corpus order), read from `db` and kept up to date by `update`; `keep` chooses the
 * rows that count (blind, only the auditor's own judgements, so that is all the app shows and counts). The history is
 * append-only, so an update reads only the verdicts after the last one read, and works out again only the
 * states of the mentions they are on; reading and working out everything again made each verdict's cost grow
 * with the database.
 */
export function createVerdictTally(
  db: Db,
  mentions: readonly KwicMention[],
  planCounts: readonly PlanCounts[],
  thresholdMentions: number,
  keep: (row: VerdictRow) => boolean = () => true,
): VerdictTally {
  const history = new Map<string, VerdictRow[]>();
  const states = new Map<string, AuditState>();
  const codes = new Map<string, string | null>();
  let lastId = 0;
  // What the statistic counts, one per mention; a new verdict changes only its mention's entry.
  const judged = mentions.map((m): Judged => ({
    plan_id: m.plan_id,
    headline: m.headline,
    location: m.location,
    verdict: "pending",
  }));
  const indexOf = new Map(mentions.map((m, i) => [m.mention_id, i]));
  let statistic: StatisticJson | null = null;
  /** Reads the verdicts after the last one read; `first` (the coded passages' own judgements) go before them. */
  const update = (first: readonly VerdictRow[] = []) => {
    const read = readVerdictRows(db, lastId);
    for (const row of read) lastId = Math.max(lastId, row.verdictId);
    const rows = [...first, ...read].filter(keep);
    for (const row of rows)
      history.set(row.mentionId, [...(history.get(row.mentionId) ?? []), row]);
    for (const id of new Set(rows.map((r) => r.mentionId))) {
      const own = history.get(id) ?? [];
      const state = effectiveVerdicts(own).get(id);
      if (state !== undefined) states.set(id, state);
      codes.set(id, effectiveCodes(own).get(id) ?? null);
      const entry = judged[indexOf.get(id) ?? -1];
      if (entry !== undefined) entry.verdict = verdictOf(states, id);
    }
    if (rows.length > 0) statistic = null;
  };
  update(codedPassageVerdicts(db));
  return {
    states,
    codes,
    update,
    statistic: () => {
      if (statistic === null) {
        const audited = auditedStatisticOfRows(
          planCounts,
          judged,
          thresholdMentions,
        );
        statistic = {
          line: describeShare(audited.statistic, { audited: true }),
          counts: audited.counts,
          lowest: audited.lowest.share,
          highest: audited.highest.share,
        };
      }
      return statistic;
    },
  };
}
