import { PERIPHERAL } from "../stats/index.js";
import type { EffectiveVerdict, Location } from "../types.js";

/** A mention as the audit queue sees it. */
export type QueueMention = {
  readonly mentionId: string;
  readonly plan: string;
  readonly headline: boolean;
  readonly verdict: EffectiveVerdict;
  /** Position in corpus order (document, page, offset), the last tie-break. */
  readonly order: number;
  /** Where it stands; absent or null counts as body. */
  readonly location?: Location | null;
  /** Read by OCR: the least certain text, so offered first among a plan's mentions of its kind. */
  readonly isOcr?: boolean;
};

const isPeripheral = (m: QueueMention) =>
  PERIPHERAL.includes(m.location ?? "body");

/** Passages that read the same (term and normalised words around it) are one group, judged at once. */
export function groupKey(
  termId: string,
  left: string,
  surface: string,
  right: string,
): string {
  const words = `${left} ${surface} ${right}`
    .toLowerCase()
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return `${termId}\u0000${words}`;
}

/**
 * The order in which open (pending or disputed) mentions are worth judging, most decisive first:
 * 0. headline mentions in contents, running lines or references of a fully read plan whose "yes" rests on such
 *    mentions alone (too few elsewhere): their location can flip the plan under a narrower counting rule;
 * 1. plans fully read whose yes/no still hangs on open headline mentions, fewest open first (a plan whose
 *    outcome rests on one mention before one with many);
 * 2. then plans already decided (enough accepted, or too few even if all are accepted), then plans reported
 *    apart;
 * within a plan, headline mentions before related ones, mentions read by OCR before those from a text layer
 * (OCR text is the least certain), then corpus order.
 */
export function auditQueue(
  mentions: readonly QueueMention[],
  reportedApart: ReadonlySet<string>,
  thresholdMentions: number,
): QueueMention[] {
  const isOpen = (v: EffectiveVerdict) => v === "pending" || v === "disputed";
  const tally = new Map<
    string,
    { accepted: number; open: number; central: number; counted: number }
  >();
  for (const m of mentions.filter((x) => x.headline)) {
    const t = tally.get(m.plan) ?? {
      accepted: 0,
      open: 0,
      central: 0,
      counted: 0,
    };
    if (m.verdict === "accepted") t.accepted++;
    if (isOpen(m.verdict)) t.open++;
    if (m.verdict !== "rejected") t.counted++;
    if (m.verdict !== "rejected" && !isPeripheral(m)) t.central++;
    tally.set(m.plan, t);
  }
  const canFlip = (m: QueueMention) => {
    const t = tally.get(m.plan);
    return (
      m.headline &&
      isPeripheral(m) &&
      !reportedApart.has(m.plan) &&
      t !== undefined &&
      t.counted >= thresholdMentions &&
      t.central < thresholdMentions
    );
  };
  const rank = (m: QueueMention): [number, number] => {
    const plan = m.plan;
    if (canFlip(m)) return [-1, 0];
    if (reportedApart.has(plan)) return [2, 0];
    const t = tally.get(plan) ?? { accepted: 0, open: 0 };
    const hangs =
      t.accepted < thresholdMentions &&
      t.accepted + t.open >= thresholdMentions;
    return hangs ? [0, t.open] : [1, 0];
  };
  return mentions
    .filter((m) => isOpen(m.verdict))
    .map((m) => ({ m, r: rank(m) }))
    .sort(
      (a, b) =>
        a.r[0] - b.r[0] ||
        a.r[1] - b.r[1] ||
        a.m.plan.localeCompare(b.m.plan) ||
        Number(b.m.headline) - Number(a.m.headline) ||
        Number(b.m.isOcr === true) - Number(a.m.isOcr === true) ||
        a.m.order - b.m.order,
    )
    .map((x) => x.m);
}

/** What decisiveOrder reads of a mention: the fields loadKwic gives it. */
type QueuedRow = {
  readonly mention_id: string;
  readonly plan_id: string;
  readonly headline: boolean;
  readonly order: number;
  readonly location?: Location | null;
  readonly source?: string | null;
};

/** The open ones of `mentions`, most decisive first (auditQueue), each with its verdict now (`verdictOf`). */
export function decisiveOrder<M extends QueuedRow>(
  mentions: readonly M[],
  verdictOf: (m: M) => EffectiveVerdict,
  reportedApart: ReadonlySet<string>,
  thresholdMentions: number,
): M[] {
  const byId = new Map(mentions.map((m) => [m.mention_id, m]));
  return auditQueue(
    mentions.map((m) => ({
      mentionId: m.mention_id,
      plan: m.plan_id,
      headline: m.headline,
      verdict: verdictOf(m),
      order: m.order,
      location: m.location ?? null,
      isOcr: m.source === "ocr",
    })),
    reportedApart,
    thresholdMentions,
  ).map((q) => byId.get(q.mentionId) as M);
}
