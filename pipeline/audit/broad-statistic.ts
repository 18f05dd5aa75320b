import { inLocations } from "../locate/index.js";
import {
  computeBroadShare,
  countPlans,
  intervalOf,
  type BroadMention,
  type BroadStatistic,
} from "../stats/index.js";
import { readPlanFacts, readTerms, type Db } from "../store/index.js";
import type { Location } from "../types.js";
import { loadMentions } from "./mentions-with-verdicts.js";

/** The concept the headline terms name (social-value in lexicon v1): the one the broad statistic is about. */
export function headlineConcept(db: Db): string {
  return readTerms(db).find((t) => t.headline)?.concept ?? "social-value";
}

/** The broad statistic of a database with the concept it is about. */
export type BroadFigure = BroadStatistic & { readonly concept: string };

/**
 * The broad statistic of a database (spec v2.1 point 4): headline mentions not rejected (in `countIn`'s locations,
 * when given) plus the standing passages coded under the headline concept that are not rejected, at `threshold`.
 */
export function broadStatisticOf(
  db: Db,
  thresholdMentions: number,
  countIn?: ReadonlySet<Location>,
): BroadFigure {
  const concept = headlineConcept(db);
  const mentions = loadMentions(db).flatMap((m): BroadMention[] => {
    if (!m.counted) return [];
    if (m.source === "analyst")
      return m.concept === concept
        ? [{ plan: m.plan_id, kind: "coded", verdict: m.verdict }]
        : [];
    return m.headline && inLocations(countIn, m.location)
      ? [{ plan: m.plan_id, kind: "headline", verdict: m.verdict }]
      : [];
  });
  return {
    ...computeBroadShare(
      countPlans(readPlanFacts(db)),
      mentions,
      thresholdMentions,
    ),
    concept,
  };
}

/** The broad statistic as JSON (`stats --json`, a bundle's statistic.json): its fields, with its 95% Wilson interval. */
export const broadJson = (b: BroadFigure) => ({
  ...b,
  interval: intervalOf(b),
});
