export { openDatabase, DatabaseError, SCHEMA_VERSION, type Db } from "./open-database.js";
export { beginRun, finishRun, saveLexiconAndPlans, saveDocument, touchDocument, markRemoved } from "./write.js";
export { readMentions, readDocuments, readPlanCounts, readPlanSizes, readLatestRun } from "./read.js";
export { readSnapshot, readPages, type Snapshot, type StoredDocument } from "./snapshot.js";
export type { MentionRow, DocumentRow } from "./read.js";
