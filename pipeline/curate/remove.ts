import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";
import {
  CorpusError,
  fsyncFolder,
  readManifest,
  removeManifestRows,
  sha256OfFile,
} from "../corpus/index.js";
import { loadMentions } from "../audit/index.js";
import { openDatabase } from "../store/index.js";
import { scanCorpus, type ScanSummary } from "../scan/index.js";
import {
  clearJournal,
  lockCorpus,
  undoInterruptedAdd,
  writeJournal,
} from "./add-journal.js";
import { AddError } from "./resolve-plan.js";
import { freeFileName } from "./safe-file-name.js";
import { closestByName } from "./suggest-plans.js";

/** Where removed files are set aside, under the corpus root: out of plans/, so no scan reads them. */
export const REMOVED_FOLDER = "removed";

/** What `corpus remove` needs; paths may be relative to the working directory. */
export type RemoveOptions = {
  readonly corpus: string;
  readonly db: string;
  /** The document as the manifest lists it (plans/<plan>/<file>.pdf). */
  readonly document: string;
  /** Say what would happen, change nothing. */
  readonly dryRun: boolean;
  /** Lines for the person at the terminal (stderr): clean-ups, scan notices. */
  readonly onNotice?: (line: string) => void;
};

/** What the remove did (or, on a dry run, would do). */
export type RemoveReport = {
  readonly document: string;
  readonly planId: string;
  /** Where the file went (or would go), relative to the corpus root. */
  readonly asideTo: string;
  /** Verdicts given on the document's mentions: kept in the database, back when the same file is added again. */
  readonly verdictsKept: number;
  /** The scan that took the document out of the database; null on a dry run or without a database. */
  readonly scan: ScanSummary | null;
};

/**
 * Test hook: with STP_SCAN_TEST_CRASH_AT set to `set-aside` or `manifest`, the process kills itself (SIGKILL) at
 * that step of a remove, so tests can check what `corpus repair` makes of it.
 */
function crashPoint(step: "set-aside" | "manifest"): void {
  if (process.env.STP_SCAN_TEST_CRASH_AT === step)
    process.kill(process.pid, "SIGKILL");
}

/** An unknown document, with the closest the manifest lists. */
function unknownDocument(
  document: string,
  listed: readonly string[],
): AddError {
  const close = closestByName(document, listed, (p) => p);
  const hint =
    close.length === 0
      ? ""
      : `; did you mean ${close.slice(0, -1).join(", ")}${close.length > 1 ? " or " : ""}${close.at(-1)}?`;
  return new AddError(
    `${document}: no such document in the manifest${hint} (stp-scan corpus list names them all)`,
  );
}

/** A free place for the file under removed/, keeping its path so the analyst finds it by plan. */
function asidePath(root: string, document: string): string {
  const folder = posix.dirname(`${REMOVED_FOLDER}/${document}`);
  const name = freeFileName(posix.basename(document), (n) =>
    existsSync(join(root, folder, n)),
  );
  return `${folder}/${name}`;
}

/** Verdicts analysts gave on the document's mentions (not pending). */
function verdictsOn(dbFile: string, document: string): number {
  if (!existsSync(dbFile)) return 0;
  const db = openDatabase(dbFile, { mustExist: true });
  try {
    return loadMentions(db).filter(
      (m) => m.document === document && m.verdict !== "pending",
    ).length;
  } finally {
    db.close();
  }
}

/**
 * Takes the file out, in order: journal → hard link (or durable copy) under removed/ → manifest without its row
 * (atomic; the step that decides) → the file under plans/ unlinked. A kill at any step leaves what
 * undoInterruptedAdd undoes (before the manifest changed) or finishes (after).
 */
function commitRemoval(
  root: string,
  document: string,
  sha256: string,
  asideTo: string,
): void {
  const aside = join(root, asideTo);
  const folders: string[] = [];
  for (
    let f = dirname(asideTo);
    f !== "." && !existsSync(join(root, f));
    f = dirname(f)
  )
    folders.push(f);
  writeJournal(root, {
    pid: process.pid,
    files: [],
    folders,
    removal: { path: document, sha256, asideTo },
  });
  mkdirSync(dirname(aside), { recursive: true });
  try {
    linkSync(join(root, document), aside);
  } catch {
    // File systems without hard links: a copy, flushed, as add's copies are.
    copyFileSync(join(root, document), aside);
  }
  fsyncFolder(dirname(aside));
  crashPoint("set-aside");
  removeManifestRows(root, document);
  crashPoint("manifest");
  rmSync(join(root, document));
  fsyncFolder(dirname(join(root, document)));
  clearJournal(root);
}

/**
 * `corpus remove`: takes a document out of the corpus (its manifest row goes, its file is set aside under
 * removed/) and re-scans, so the statistic no longer counts it. Verdicts stay in the database (append-only): the
 * same file added back gets the same mention ids and its verdicts with them. An unknown document is an AddError
 * naming the closest ones.
 */
export async function removeDocument(
  options: RemoveOptions,
): Promise<RemoveReport> {
  const root = resolve(options.corpus);
  if (!existsSync(root))
    throw new CorpusError(`${root}: corpus folder not found (pass --corpus)`);
  const release = options.dryRun ? () => undefined : lockCorpus(root);
  try {
    if (!options.dryRun) {
      const listedNow = new Set(
        (readManifest(root)?.rows ?? []).map((r) => r.path),
      );
      undoInterruptedAdd(root, listedNow).forEach((l) => options.onNotice?.(l));
    }
    const rows = readManifest(root)?.rows ?? [];
    const document = options.document.replace(/\\/g, "/").replace(/^\.\//, "");
    const row = rows.find((r) => r.path === document);
    if (row === undefined)
      throw unknownDocument(
        document,
        rows.map((r) => r.path),
      );
    const file = join(root, document);
    if (!existsSync(file))
      throw new AddError(
        `${document}: listed in manifest.csv but not on disk; nothing to set aside (stp-scan corpus check says more)`,
      );
    const asideTo = asidePath(root, document);
    const verdictsKept = verdictsOn(options.db, document);
    const report = { document, planId: row.planId, asideTo, verdictsKept };
    if (options.dryRun) return { ...report, scan: null };
    commitRemoval(root, document, sha256OfFile(file), asideTo);
    const scan = existsSync(options.db)
      ? await scanCorpus({
          corpus: root,
          db: options.db,
          lexicon: null,
          ...(options.onNotice === undefined
            ? {}
            : { onNotice: options.onNotice }),
        })
      : null;
    return { ...report, scan };
  } finally {
    release();
  }
}
