// scan/: the scan workflow. Takes a corpus folder, a lexicon and a database and gives the database brought up to
// date (each document kept, matched again or read again, as little as its bytes, the extractor and the lexicon
// allow) and a summary of what changed. The only place that knows the stage order.
export {
  chooseLexicon,
  poolFor,
  scanCorpus,
  type ScanOptions,
  type ScanProgress,
  type ScanSummary,
  ScanStoppedError,
} from "./run-scan.js";
export {
  prepareOcr,
  type ScanOcr,
  type ScanOcrOptions,
} from "./ocr-settings.js";
export { diffScan, type ScanChanges, type ShareFigures } from "./changes.js";
export { settleDuplicates } from "./settle-duplicates.js";
export {
  settleProjectOf,
  projectScanOptions,
  type Project,
  type ProjectOptions,
} from "./project.js";
export { estimateLeftMs } from "./time-left.js";
export { describeProgress } from "./progress-text.js";
