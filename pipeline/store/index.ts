// store/: takes documents, pages, mentions and verdicts and keeps them in SQLite (schema, migrations, one
// transaction per document, one scan at a time); gives rows back for the statistic, exports and audit. IO,
// synchronous.
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
export { MENTION_COLUMNS } from "./read.js";
export type { MentionRow, DocumentRow } from "./read.js";
export type { DocumentWrite } from "./write.js";
export {
  appendVerdicts,
  readVerdictRows,
  readMentionDocument,
  readKnownMentionIds,
  readPageText,
  type NewVerdict,
} from "./verdicts.js";
export {
  readPassages,
  saveVerdictCarries,
  readCarriedMentionIds,
  type StoredPassage,
} from "./verdict-carries.js";
export {
  saveSample,
  readAssignment,
  saveBlindMode,
  readBlindMode,
  type SampledMention,
} from "./double-coding.js";
export { readLatestRunInfo, readTerms, type StoredRun } from "./run-info.js";
export {
  readProjectSettings,
  saveProjectSettings,
  countHeldDocuments,
} from "./project-settings.js";
export { readPageTexts } from "./page-texts.js";
export {
  readDedupeRows,
  saveFingerprint,
  saveDuplicateFindings,
  type DedupeRow,
} from "./duplicates.js";
export {
  appendDuplicateDeclaration,
  readStandingDuplicateDeclarations,
  readDuplicateDeclarationRows,
  type DuplicateDeclaration,
} from "./duplicate-declarations.js";
export { readOcrFigures } from "./ocr-figures.js";
export { lockDatabase, scanLockFile, DatabaseBusyError } from "./scan-lock.js";
export { takePidLock, type PidLock } from "./pid-lock.js";
export { explainStorageError, isDatabaseBusy } from "./storage-error.js";
export {
  readPagesToIndex,
  writeVocabulary,
  readVocabulary,
  eachVocabularyRow,
  readStoredPage,
  readStoredPages,
  readMentionPlaces,
  readPlanIds,
  type VocabularyColumn,
  type VocabularyRow,
  type VocabularyWrite,
} from "./vocabulary.js";
export {
  fillLocations,
  readLocatePages,
  locateInDocument,
  readDocumentLayout,
} from "./locations.js";
export {
  readExploreState,
  markVocabularyComplete,
  writeCorpusWords,
  readCorpusWords,
  type ExploreState,
  type CorpusWordRow,
} from "./explore-state.js";
export {
  readDeclarationRows,
  readPageClasses,
  readOcrSettings,
  appendDeclarationRows,
  type DeclarationTable,
} from "./bundle-reads.js";
export {
  appendPageDeclarations,
  readStandingDeclarations,
  groupDeclarations,
  type DeclarationGroup,
  type PageDeclaration,
  type NewPageDeclaration,
} from "./page-declarations.js";
export {
  keepFileHashes,
  readFileHashes,
  type KnownHash,
} from "./file-hashes.js";
