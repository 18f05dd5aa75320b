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
