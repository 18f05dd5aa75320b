import { effectiveVerdicts } from "./verdicts.js";
import {
  appendVerdicts,
  readKnownMentionIds,
  readVerdictRows,
  type Db,
  type NewVerdict,
} from "../store/index.js";
import { loadKwic, type KwicMention } from "./load-mentions.js";

export type Judgement = "accepted" | "rejected";

/** What a verdict may say besides itself: its reason (a codebook id, checked by the caller) and whether blind. */
type Coded = {
  readonly code?: string | null;
  /** Given in blind mode (nothing of other auditors shown). @default false */
  readonly blind?: boolean;
};

/** One auditor's current verdict on a mention ("pending" when none or undone). */
export function ownVerdict(
  db: Db,
  auditor: string,
  mentionId: string,
): NewVerdict["verdict"] {
  const state = effectiveVerdicts(
    readVerdictRows(db).filter((r) => r.mentionId === mentionId),
  ).get(mentionId);
  return state?.byAuditor.get(auditor) ?? "pending";
}

/** The mention ids a verdict on `mentionId` applies to: itself, or its whole group of identical passages. */
export function targetsOf(
  mentions: readonly KwicMention[],
  mentionId: string,
  wholeGroup: boolean,
): string[] {
  const self = mentions.find((m) => m.mention_id === mentionId);
  if (self === undefined) return [];
  return wholeGroup
    ? mentions.filter((m) => m.group === self.group).map((m) => m.mention_id)
    : [mentionId];
}

/**
 * Records one auditor's verdict on mentions given by id; ids that are not mentions now are returned, not
 * applied. Everything applied is written in one transaction.
 */
export function judge(
  db: Db,
  ids: readonly string[],
  verdict: NewVerdict["verdict"],
  options: {
    readonly auditor: string;
    readonly note: string | null;
    readonly kind?: NewVerdict["kind"];
  } & Coded,
): { applied: string[]; unknown: string[] } {
  // Each id looked up by key: reading every mention's id made each verdict in the audit app cost more as the
  // database grew.
  const known = readKnownMentionIds(db, ids);
  const applied = [...new Set(ids)].filter((id) => known.has(id));
  appendVerdicts(
    db,
    applied.map((mentionId) => ({
      mentionId,
      verdict,
      auditor: options.auditor,
      note: options.note,
      kind: options.kind ?? "judge",
      code: options.code ?? null,
      blind: options.blind === true,
    })),
  );
  return { applied, unknown: ids.filter((id) => !known.has(id)) };
}

/**
 * Records one auditor's verdict on mentions the analyst names by id (with `wholeGroup`, on every identical
 * passage too). Ids that are not mentions now (removed by a re-scan, or mistyped) come back in `unknown`.
 */
export function judgeByIds(
  db: Db,
  ids: readonly string[],
  verdict: Judgement,
  options: {
    readonly auditor: string;
    readonly note: string | null;
    readonly wholeGroup: boolean;
  } & Coded,
): { applied: string[]; unknown: string[] } {
  const mentions = loadKwic(db, 0);
  const unknown = ids.filter(
    (id) => !mentions.some((m) => m.mention_id === id),
  );
  const targets = ids.flatMap((id) =>
    targetsOf(mentions, id, options.wholeGroup),
  );
  const { applied } = judge(db, targets, verdict, options);
  return { applied, unknown };
}
