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
  saveDocument,
  markRemoved,
} from "./write.js";
export {
  readMentions,
  readDocuments,
  readPlanCounts,
  readPlanSizes,
  readLatestRun,
} from "./read.js";
export type { MentionRow, DocumentRow } from "./read.js";
