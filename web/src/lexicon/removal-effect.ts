import type { PlanRowJson } from "../../../pipeline/serve/api-types.js";

/** What removing a term would lose: its mentions by plan, and the plans that would stop counting as mentioning. */
export type RemovalEffect = {
  readonly mentions: number;
  /** Plan id and the term's mentions in it, plans in the order their mentions come. */
  readonly byPlan: readonly (readonly [string, number])[];
  /** Plans that mention social value now and would not without the term (only a headline term can do this). */
  readonly plansLost: readonly string[];
};

/**
 * The effect of removing a term, from the plan of each of its mentions, the plans' rows (their headline mentions and
 * standing, unaudited) and the threshold a plan's headline mentions must reach.
 */
export function removalEffect(
  headline: boolean,
  mentionPlans: readonly string[],
  plans: readonly PlanRowJson[],
  threshold: number,
): RemovalEffect {
  const byPlan = new Map<string, number>();
  for (const plan of mentionPlans)
    byPlan.set(plan, (byPlan.get(plan) ?? 0) + 1);
  const plansLost = headline
    ? plans
        .filter(
          (p) =>
            p.mentions_social_value === true &&
            p.headline_mentions - (byPlan.get(p.plan_id) ?? 0) < threshold,
        )
        .map((p) => p.plan_id)
    : [];
  return { mentions: mentionPlans.length, byPlan: [...byPlan], plansLost };
}
