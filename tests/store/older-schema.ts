// What the tests that fake a database from before a schema version drop, beside what they drop themselves:
// ADD COLUMN cannot say IF NOT EXISTS, so a faked old database must lose the columns later migrations add.

/** Undoes schema 20 (coded passages and the elusion sample: spec v2.1 points 4 and 5). */
export const UNDO_SCHEMA_20 = [
  "coded_passages",
  "elusion_judgements",
  "elusion_items",
  "elusion_draws",
]
  .map((t) => `DROP TABLE IF EXISTS ${t}`)
  .join("; ");

/** Undoes schema 19's columns (a verdict's reason and whether blind); its tables are made IF NOT EXISTS. */
export const UNDO_SCHEMA_19 = `${UNDO_SCHEMA_20}; ALTER TABLE verdicts DROP COLUMN code; ALTER TABLE verdicts DROP COLUMN blind`;

/** Undoes schema 18 (each document's Problem as data), and what came after it. */
export const UNDO_SCHEMA_18 = `${UNDO_SCHEMA_19}; ALTER TABLE documents DROP COLUMN problem; ALTER TABLE documents DROP COLUMN read_problem`;

/** Undoes schema 17 (what stopped a document, and the application id that marks the file as stp-scan's), and what came after it. */
export const UNDO_SCHEMA_17 = `${UNDO_SCHEMA_18}; ALTER TABLE documents DROP COLUMN stopped_by; ALTER TABLE documents DROP COLUMN stopped_limit; PRAGMA application_id = 0`;

/** Undoes schema 15 (the project's remembered corpus and settings), and what came after it. */
export const UNDO_SCHEMA_15 = `${UNDO_SCHEMA_17}; DROP TABLE project_settings`;

/** Undoes schema 14 (issue 29: blank pages, warnings, duplicates by text and declaration). */
export const UNDO_SCHEMA_14 = [
  UNDO_SCHEMA_15,
  "DROP TABLE duplicate_declarations",
  ...[
    "pages_blank",
    "warnings",
    "repaired",
    "duplicate_reason",
    "read_status",
    "read_error",
    "page_hashes",
    "words",
    "near_duplicate_of",
    "pages_shared",
  ].map((c) => `ALTER TABLE documents DROP COLUMN ${c}`),
].join(";\n");
