// quality/: takes stored page texts and gives per-page quality figures and flags (how readable the text layer
// is), summed per document. Pure.
export {
  measurePage,
  QUALITY_LIMITS,
  FLAG_MEANING,
  type PageQuality,
  type QualityFlag,
} from "./page-quality.js";
export {
  assessPages,
  pageRanges,
  type DocumentQuality,
} from "./assess-corpus.js";
export {
  pageClasses,
  qualityByPlan,
  type PageClass,
  type PlanQuality,
} from "./page-classes.js";
