// What every route of the app answers from (the options serve was started with, the database as read, the answers
// kept), apart from the routes so that each route module and routes.ts can name it without importing each other.
import type { Db } from "../store/index.js";
import type { AnswerCache } from "./answer-cache.js";
import type { AuditView } from "./audit-view.js";
import type { OneUsePaths } from "./one-use-paths.js";
import type { ScanJob } from "./scan-job.js";

export type ServeOptions = {
  readonly db: Db;
  readonly auditor: string;
  readonly threshold: number;
  readonly port: number;
  /** Blind coding: the app shows the auditor only their own verdicts, notes and reasons. @default false */
  readonly blind?: boolean;
  /** The database file as `serve --db` names it (`stats --json`'s `database`); default: the file `db` opened. */
  readonly dbFile?: string;
  /** Seconds a search may take before it is stopped (default SEARCH_SECONDS). */
  readonly searchSeconds?: number;
  /** Where POST /api/report writes the report (default output/, as `stp-scan report`). */
  readonly outputDir?: string;
  /** The largest upload POST /api/documents takes, in bytes (default UPLOAD_MAX_BYTES). */
  readonly uploadMaxBytes?: number;
};

/** What the routes answer from, and what the guards compare with. */
export type AppContext = {
  readonly options: ServeOptions;
  /** The database as the app last read it, read again when it changes (audit-view.ts). */
  readonly view: AuditView;
  /** Answers kept while the database stays as it was (answer-cache.ts). */
  readonly answers: AnswerCache;
  readonly dbFile: string;
  readonly searchSeconds: number;
  readonly outputDir: string;
  readonly token: string;
  /** Addresses a tab the app opens may ask for once without the token (the written report). */
  readonly oneUse: OneUsePaths;
  /** The one scan (or add, or remove) the app runs at a time, and its watchers. */
  readonly scanJob: ScanJob;
  /** The port the server listens on (known once it listens). */
  readonly port: () => number;
};
