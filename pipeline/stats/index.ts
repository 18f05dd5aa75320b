// stats/: takes per-plan counts (and verdicts) and gives the statistic: the share of plans mentioning social
// value, plans reported apart, the audited range and its confidence interval (spec §The statistic). Pure.
export {
  computeShare,
  describeShare,
  describePercent,
  type ShareBasis,
} from "./compute-share.js";
export {
  computeAuditedShare,
  type AuditedStatistic,
  type JudgedMention,
} from "./audited-share.js";
export { wilsonInterval } from "./wilson.js";
export {
  COUNTING_RULES,
  PERIPHERAL,
  compareRules,
  plansResting,
  type CountingRule,
  type RuleOutcome,
} from "./counting-rules.js";
export {
  describeOcr,
  plansRestingOnOcr,
  summariseOcr,
  type OcrReliantPlan,
} from "./ocr-reliance.js";
export { planStanding, type PlanStanding } from "./plan-standing.js";
export {
  figureJson,
  intervalOf,
  shareFigures,
  type Figure,
  type PlanSizes,
} from "./figure.js";
