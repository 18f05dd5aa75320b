export {
  openDatabase,
  DatabaseError,
  SCHEMA_VERSION,
  type Db,
} from "./open-database.js";
export {
  beginRun,
  finishRun,
  saveLexiconAndPlans,
  savePlans,
  saveDocument,
  savePageMentions,
  touchDocument,
  markRemoved,
  saveOcrReads,
} from "./write.js";
export {
  readMentions,
  readDocuments,
  readPlanCounts,
  readPlanSizes,
  readLatestRun,
} from "./read.js";
export {
  readSnapshot,
  readPages,
  readPageStems,
  readMentionTerms,
  readOcrReads,
  type Snapshot,
  type StoredDocument,
} from "./snapshot.js";
export type { MentionRow, DocumentRow } from "./read.js";
export type { DocumentWrite } from "./write.js";
export {
  appendVerdicts,
  readVerdictRows,
  readMentionIds,
  readPageText,
  type NewVerdict,
} from "./verdicts.js";
export { readLatestRunInfo, readTerms, type StoredRun } from "./run-info.js";
export { readPageTexts } from "./page-texts.js";
export { readOcrFigures } from "./ocr-figures.js";
export { lockDatabase, scanLockFile, DatabaseBusyError } from "./scan-lock.js";
export { explainStorageError } from "./storage-error.js";
