import { LOCATIONS, type Location, type Statistic } from "../types.js";
import { wilsonInterval } from "./wilson.js";

/** A counting rule: which mention locations count towards the statistic. */
export type CountingRule = {
  readonly name: string;
  readonly locations: readonly Location[];
};

const without = (...left: Location[]) =>
  LOCATIONS.filter((l) => !left.includes(l));

/** Locations that say a document names social value without committing to it in its text. */
export const PERIPHERAL: readonly Location[] = [
  "contents",
  "running",
  "references",
];

/**
 * The rules `stats --sensitivity` and the report compare, widest first: every location (the spec's rule); without
 * running lines and contents; without references too; body text only.
 */
export const COUNTING_RULES: readonly CountingRule[] = [
  { name: "all locations", locations: LOCATIONS },
  {
    name: "without running and contents",
    locations: without("running", "contents"),
  },
  {
    name: "without running, contents and references",
    locations: without(...PERIPHERAL),
  },
  {
    name: "body text only (body, list, table, heading)",
    locations: ["body", "list", "table", "heading"],
  },
];

/** One line of the sensitivity table. */
export type RuleOutcome = {
  readonly rule: string;
  readonly locations: readonly Location[];
  readonly numerator: number;
  readonly denominator: number;
  readonly share: number | null;
  /** 95% Wilson interval; null when no plan was fully read. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** Plans whose yes/no differs from the first rule's: `plan: yes -> no`. */
  readonly flips: readonly {
    readonly plan: string;
    readonly from: boolean;
    readonly to: boolean;
  }[];
};

/** The statistic under each rule, with the plans whose yes/no differs from the first (widest) rule. */
export function compareRules(
  outcomes: readonly {
    readonly rule: CountingRule;
    readonly statistic: Statistic;
  }[],
): RuleOutcome[] {
  const first = outcomes[0]?.statistic;
  const before = new Map(first?.plans.map((p) => [p.plan, p.mentions]) ?? []);
  return outcomes.map(({ rule, statistic }) => ({
    rule: rule.name,
    locations: rule.locations,
    numerator: statistic.numerator,
    denominator: statistic.denominator,
    share: statistic.share,
    interval: wilsonInterval(statistic.numerator, statistic.denominator),
    flips: statistic.plans.flatMap((p) => {
      const was = before.get(p.plan);
      return p.mentions === null ||
        was === null ||
        was === undefined ||
        was === p.mentions
        ? []
        : [{ plan: p.plan, from: was, to: p.mentions }];
    }),
  }));
}

/** Plans counted "yes" by the first rule that only rest on peripheral mentions (no under the third rule). */
export function plansResting(outcomes: readonly RuleOutcome[]): string[] {
  const narrowed = outcomes.find((o) => o.rule === COUNTING_RULES[2]?.name);
  return (narrowed?.flips ?? [])
    .filter((f) => f.from && !f.to)
    .map((f) => f.plan);
}
