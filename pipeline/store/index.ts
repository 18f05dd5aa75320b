// store/: SQLite only. Keeps documents, pages, located mentions, verdicts and declarations as the other stages
// give them (schema, migrations, one transaction per document, one scan at a time) and gives rows back; decides
// nothing (the verdict rule is audit/'s, what puts a plan apart stats/'s, locations the scan's). IO, synchronous.
// Opening a database, one scan at a time, and what SQLite's errors mean:
export {
  openDatabase,
  databaseFile,
  DatabaseError,
  SCHEMA_VERSION,
  type OpenOptions,
} from "./open-database.js";
export type { Db } from "./db.js";
export { lockDatabase } from "./scan-lock.js";
export { takePidLock } from "./pid-lock.js";
export {
  explainStorageError,
  isDatabaseBusy,
  isDatabaseReadOnly,
} from "./storage-error.js";
// The rows the statistic, exports, the report and audit read:
export {
  readMentions,
  readDocuments,
  readPlanFacts,
  readPlanSizes,
  readPlanIds,
  type StoredMention,
  type DocumentRow,
} from "./read.js";
export { readLatestRunInfo, readTerms, type StoredRun } from "./runs.js";
export { readProjectSettings } from "./project-settings.js";
export { readOcrFigures } from "./ocr-figures.js";
export { readPageTexts } from "./page-texts.js";
// Verdicts, appended and read back (audit/ works out which is in force):
export {
  appendVerdicts,
  readVerdictRows,
  readMentionDocument,
  readKnownMentionIds,
  readPageText,
  type NewVerdict,
} from "./verdicts.js";
export {
  readCarriedMentionIds,
  type StoredPassage,
} from "./verdict-carries.js";
// The tables of one reader each:
export * as scanTables from "./scan-tables.js";
export * as exploreTables from "./explore-tables.js";
export * as declarationTables from "./declarations.js";
export * as bundleTables from "./bundle-reads.js";
export * as codingTables from "./coding-tables.js";
export * as beyondTables from "./beyond-tables.js";
export { changeMarksOf, type ChangeMarks } from "./change-marks.js";
