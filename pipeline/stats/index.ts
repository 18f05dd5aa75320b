// stats/: takes per-plan counts (and verdicts) and gives the statistic: the share of plans mentioning social
// value, plans reported apart (and which documents put them apart), the audited range and its confidence interval
// (spec §The statistic), the figure as JSON and a plan's standing in it; beyond the words (spec v2.1 points 4 and
// 5), the broad statistic with coded passages, and the elusion sample: a seeded draw of pages, the exact
// (Clopper-Pearson) interval of its "yes" rate and the bound on pages still missed. Pure.
export { countPlans } from "./count-plans.js";
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
export {
  computeBroadShare,
  type BroadMention,
  type BroadPlan,
  type BroadStatistic,
} from "./broad-share.js";
export { clopperPearson } from "./clopper-pearson.js";
export {
  drawUniformSample,
  mulberry32,
  seededRandom,
} from "./seeded-sample.js";
export {
  summariseElusion,
  type ElusionFigures,
  type JudgedPage,
  type MovedPlan,
} from "./elusion.js";
