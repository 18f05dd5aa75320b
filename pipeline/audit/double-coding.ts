import {
  codingTables,
  readMentions,
  readVerdictRows,
  type Db,
} from "../store/index.js";
import { isCounted, type CountOptions } from "./audited-statistic.js";
import { countByCode, type CodeCount } from "./code-counts.js";
import { effectiveCodes, ownStates, type OwnState } from "./codings.js";
import { loadMentions } from "./mentions-with-verdicts.js";
import { drawSample, sizeForShare, type DrawnSample } from "./sample.js";
import { settledMentions, type SettledMention } from "./settlements.js";

/** Whether `auditor` codes blind now: asked for (--blind), or recorded for them (audit blind, audit sample). */
export const isBlind = (db: Db, auditor: string, asked = false): boolean =>
  asked || codingTables.readBlindMode(db, auditor);

/** Records whether `auditor` codes blind from now on (`audit blind on|off`). */
export const setBlindMode = (db: Db, auditor: string, blind: boolean): void =>
  codingTables.appendBlindMode(db, auditor, blind);

/** How big a sample to draw: a number of mentions, or a share (0-1] of them. */
export type SampleSize = { readonly size: number } | { readonly share: number };

/** A sample drawn and recorded as an auditor's assignment. */
export type Drawn = DrawnSample & {
  readonly sampleId: number;
  readonly seed: number;
  readonly population: number;
  /** Whether drawing it turned blind coding on for the auditor (it was off). */
  readonly turnedBlind: boolean;
};

/**
 * Draws a stratified random sample of the mentions that count (see drawSample) and records it, with its seed,
 * as the auditor's assignment (replacing an earlier one, which is kept). A second coder must not see the first
 * one's verdicts, so the auditor codes blind from then on.
 */
export function drawAssignment(
  db: Db,
  auditor: string,
  asked: SampleSize,
  seed: number,
): Drawn {
  const units = readMentions(db)
    .filter((m) => m.counted)
    .map((m) => ({
      mentionId: m.mention_id,
      plan: m.plan_id,
      concept: m.concept,
    }));
  const size =
    "size" in asked ? asked.size : sizeForShare(asked.share, units.length);
  const sample = drawSample(units, size, seed);
  const sampleId = codingTables.appendSample(db, {
    auditor,
    seed,
    asked: "size" in asked ? `size ${asked.size}` : `share ${asked.share}`,
    population: units.length,
    mentions: sample.mentions,
  });
  const turnedBlind = !codingTables.readBlindMode(db, auditor);
  if (turnedBlind) codingTables.appendBlindMode(db, auditor, true);
  return { ...sample, sampleId, seed, population: units.length, turnedBlind };
}

/** The mention ids of the auditor's assignment (their latest sample); null when they have none. */
export const assignmentOf = (
  db: Db,
  auditor: string,
): ReadonlySet<string> | null =>
  codingTables.readAssignment(db, auditor)?.mentionIds ?? null;

/** The auditor's own standing on each mention they judged: what a blind view shows them. */
export const ownStatesOf = (db: Db, auditor: string): Map<string, OwnState> =>
  ownStates(readVerdictRows(db), auditor);

/** The judged mentions that count (in `countIn` when given), by the reason of their verdict. */
export function codeCountsOf(
  db: Db,
  countIn?: CountOptions["countIn"],
): CodeCount[] {
  const mentions = loadMentions(db).filter((m) => isCounted(m, countIn));
  const codes = effectiveCodes(readVerdictRows(db));
  return countByCode(
    mentions.map((m) => ({ mentionId: m.mention_id, verdict: m.verdict })),
    codes,
  );
}

/** The mentions settled on the record, with the verdicts they settled. */
export const settledMentionsOf = (db: Db): SettledMention[] =>
  settledMentions(readVerdictRows(db));
