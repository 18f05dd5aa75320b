// curate/: the add and check workflows. Takes files an analyst names (and a plan) and gives them copied into
// the corpus, listed in manifest.csv and scanned, each file refused or added with its reason; or takes a corpus
// and a database and gives where the files, manifest and database disagree. Crash-safe through a journal.
export {
  addFiles,
  AddError,
  type AddOptions,
  type AddOutcome,
  type AddReport,
} from "./add.js";
export { checkCorpus } from "./check-corpus.js";
export {
  listCorpus,
  NOT_SCANNED,
  repairCorpus,
  type ListedPlan,
} from "./list-corpus.js";
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
} from "./add-journal.js";
export { findCandidates, type CandidateFile } from "./find-candidates.js";
export { safeFileName, freeFileName } from "./safe-file-name.js";
export { suggestPlans } from "./suggest-plans.js";
export {
  acceptPages,
  groupDeclarations,
  parsePageList,
  type DeclarationGroup,
  type AcceptPagesRequest,
  type AcceptPagesOutcome,
} from "./accept-pages.js";
export {
  declareDuplicate,
  type DeclareDuplicateRequest,
  type DeclareDuplicateOutcome,
} from "./declare-duplicate.js";
export {
  removeDocument,
  REMOVED_FOLDER,
  type RemoveOptions,
  type RemoveReport,
} from "./remove.js";
export {
  codePassage,
  withdrawCodedPassage,
  type CodeRequest,
  type Coded,
  type WithdrawRequest,
} from "./code-passage.js";
