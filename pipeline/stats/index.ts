export { computeShare, describeShare } from "./compute-share.js";
export {
  computeAuditedShare,
  type AuditedStatistic,
  type JudgedMention,
} from "./audited-share.js";
export { wilsonInterval } from "./wilson.js";
export {
  describeOcr,
  plansRestingOnOcr,
  type OcrReliantPlan,
} from "./ocr-reliance.js";
