import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkPlanId, planIdFromName } from "../corpus/index.js";
import { suggestPlans } from "./suggest-plans.js";
import type { Corpus, Plan } from "../types.js";
import { StpError } from "../problem.js";

/** A plan option that cannot be used: the whole add stops, with one line saying why (exit 2). */
export class AddError extends StpError {}

const describePlan = (p: Plan) =>
  `${p.id} ("${p.name}"${p.region === "" ? "" : `, ${p.region}`})`;

/** "closest: a ("A"), b ("B")" for a message, or a hint when nothing comes close. */
function closest(text: string, plans: readonly Plan[]): string {
  if (plans.length === 0)
    return 'the corpus has no plans yet; create one with --new-plan "Name" --region REGION';
  const near = suggestPlans(text, plans);
  if (near.length === 0)
    return `no plan name resembles it; the plans are ${plans
      .slice(0, 8)
      .map((p) => p.id)
      .join(", ")}${plans.length > 8 ? ", ..." : ""} (stp-scan corpus list)`;
  return `closest: ${near.map(describePlan).join(", ")}`;
}

/**
 * The plan the files go to: `--plan` must name a plan of the corpus; `--new-plan` makes one (its id from the
 * name unless --plan gives it) and is refused when that id exists. Without either, the closest plans to the
 * file names are suggested and nothing is added. `hint` is the text to suggest from (file names, title).
 */
export function resolvePlan(
  corpus: Corpus,
  options: {
    readonly plan: string | null;
    readonly newPlan: { readonly name: string; readonly region: string } | null;
  },
  hint: string,
): { readonly plan: Plan; readonly isNew: boolean } {
  const { plan, newPlan } = options;
  if (newPlan !== null) {
    const id = plan ?? planIdFromName(newPlan.name);
    if (id === null)
      throw new AddError(
        `--new-plan "${newPlan.name}": the name has no letter or digit to make a plan id from; give one with --plan`,
      );
    const bad = checkPlanId(id);
    if (bad !== null) throw new AddError(`--plan: ${bad}`);
    const existing = corpus.plans.find((p) => p.id === id);
    if (existing !== undefined || existsSync(join(corpus.root, "plans", id))) {
      throw new AddError(
        `--new-plan: plan "${id}" exists already${existing ? ` (${describePlan(existing)})` : " (its folder does)"}; add to it with --plan ${id}`,
      );
    }
    return {
      plan: { id, name: newPlan.name.trim(), region: newPlan.region.trim() },
      isNew: true,
    };
  }
  if (plan === null)
    throw new AddError(
      `which plan? name it with --plan <plan-id>, or create one with --new-plan "Name" --region REGION; ${closest(hint, corpus.plans)}`,
    );
  const bad = checkPlanId(plan);
  if (bad !== null) throw new AddError(`--plan: ${bad}`);
  const found = corpus.plans.find((p) => p.id === plan);
  if (found === undefined)
    throw new AddError(
      `--plan: no plan "${plan}" in ${corpus.root}; ${closest(`${plan} ${hint}`, corpus.plans)}`,
    );
  return { plan: found, isNew: false };
}
