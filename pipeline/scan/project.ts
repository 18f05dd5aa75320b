import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { shownPath } from "../paths.js";
import { counted } from "../plural.js";
import { CorpusError } from "../corpus/index.js";
import { CORPUS_DIR } from "../defaults.js";
import {
  describeSetting,
  resolveSettings,
  type GivenSettings,
  type Resolved,
} from "../settings/index.js";
import {
  openDatabase,
  readProjectSettings,
  scanTables,
  type Db,
} from "../store/index.js";
import type { ReadingSettings } from "../types.js";

/** What a scan or add was given on the command line; undefined: use the database's (else the default). */
export type ProjectOptions = {
  readonly corpus?: string;
  readonly lexicon?: string | null;
  readonly ocr?: ReadingSettings["ocr"];
  readonly ocrMinWords?: number;
  readonly ocrMinConfidence?: number;
  readonly timeoutSeconds?: number;
  readonly maxHeapMb?: number;
  readonly threshold?: number;
  /** Scan this corpus into a database that holds another (its documents are marked removed). */
  readonly replaceCorpus?: boolean;
};

/** The corpus and settings a scan or add uses. */
export type Project = Resolved["settings"];

const givenOf = (o: ProjectOptions): GivenSettings => ({
  ...(o.corpus === undefined ? {} : { corpus: resolve(o.corpus) }),
  ...(o.lexicon == null
    ? {}
    : { lexicon: o.lexicon === "default" ? null : resolve(o.lexicon) }),
  ...(o.ocr === undefined ? {} : { ocr: o.ocr }),
  ...(o.ocrMinWords === undefined ? {} : { ocrMinWords: o.ocrMinWords }),
  ...(o.ocrMinConfidence === undefined
    ? {}
    : { ocrMinConfidence: o.ocrMinConfidence }),
  ...(o.timeoutSeconds === undefined
    ? {}
    : { timeoutSeconds: o.timeoutSeconds }),
  ...(o.maxHeapMb === undefined ? {} : { maxMemoryMb: o.maxHeapMb }),
  ...(o.threshold === undefined ? {} : { threshold: o.threshold }),
});

/**
 * The corpus and settings to use with the open database `db` (file `dbFile`): each given one, else the one the
 * database remembers, else the default. Another corpus than the database's is refused (CorpusError, one line
 * naming both) unless `replaceCorpus`; `notes` say every setting the command was told otherwise.
 */
export function settleProject(
  db: Db,
  dbFile: string,
  options: ProjectOptions,
): { project: Project; notes: string[] } {
  const notes: string[] = [];
  const notice = (line: string) => notes.push(line);
  const stored = readProjectSettings(db);
  const resolved = resolveSettings(
    stored,
    givenOf(options),
    resolve(CORPUS_DIR),
  );
  const { conflict } = resolved;
  // A folder that is not there is told as such by the corpus loader, not as another corpus.
  if (conflict !== null && existsSync(conflict.given)) {
    const held = scanTables.countHeldDocuments(db);
    if (held > 0 && options.replaceCorpus !== true)
      throw new CorpusError(
        `${dbFile} holds the corpus ${shownPath(conflict.stored)} (${counted(held, "document")}), not ${shownPath(conflict.given)}; ` +
          `leave out --corpus to use its own, pass another --db for a new project, or add --replace-corpus to replace it`,
      );
    if (held > 0)
      notice(
        `replacing the corpus ${shownPath(conflict.stored)} with ${shownPath(conflict.given)} (--replace-corpus)`,
      );
  }
  for (const change of resolved.changes)
    notice(
      `using ${describeSetting(change)}; the database keeps it from now on`,
    );
  return { project: resolved.settings, notes };
}

/**
 * The project `add` works on before it changes anything: the database's (when there is one) settled with what
 * was given, so that the file is checked and copied where, and read how, the scan after it will.
 */
export function settleProjectOf(
  dbFile: string,
  options: ProjectOptions,
): Project {
  if (!existsSync(dbFile))
    return resolveSettings(null, givenOf(options), resolve(CORPUS_DIR))
      .settings;
  const db = openDatabase(dbFile, { mustExist: true });
  try {
    return settleProject(db, dbFile, options).project;
  } finally {
    db.close();
  }
}

/** The scan options a project gives (what the rest of the scan reads). */
export const projectScanOptions = (p: Project) => ({
  corpus: p.corpus,
  lexicon: p.lexiconGiven,
  ocr: p.reading.ocr,
  ocrMinWords: p.reading.ocrMinWords,
  ocrMinConfidence: p.reading.ocrMinConfidence,
  timeoutSeconds: p.reading.timeoutSeconds,
  maxHeapMb: p.reading.maxMemoryMb,
  threshold: p.threshold,
});
