export { loadCorpus, CorpusError } from "./load-corpus.js";
export { readManifest, MANIFEST_FILE, type ManifestRow } from "./manifest.js";
export { checkRelativePath } from "./safe-path.js";
export {
  LOCK_FILE,
  JOURNAL_FILE,
  type Journal,
  isTempName,
  CorpusBusyError,
  lockCorpus,
  writeJournal,
  clearJournal,
  readJournal,
  findTempFiles,
  undoInterruptedAdd,
} from "../curate/add-journal.js";
export { findCandidates, type Candidate } from "../curate/find-candidates.js";
export type { ManifestEntry } from "./manifest-text.js";
export { safeFileName, freeFileName } from "../curate/safe-file-name.js";
export {
  fsyncFolder,
  writeFileDurably,
  writeFileAtomic,
} from "./write-file-atomic.js";
export { appendManifest, manifestHasColumn } from "./write-manifest.js";
export { checkPlanId, planIdFromName } from "./plan-id.js";
export { suggestPlans } from "../curate/suggest-plans.js";
