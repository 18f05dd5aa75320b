import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { join, resolve, sep } from "node:path";
import {
  CorpusError,
  checkRelativePath,
  loadCorpus,
  readManifest,
  sha256Of,
} from "../corpus/index.js";
import {
  clearJournal,
  findTempFiles,
  lockCorpus,
  readJournal,
  undoInterruptedAdd,
  writeJournal,
} from "./add-journal.js";
import { findCandidates, type CandidateFile } from "./find-candidates.js";
import type { ManifestEntry } from "../corpus/index.js";
import { freeFileName, safeFileName } from "./safe-file-name.js";
import { fsyncFolder, writeFileDurably } from "../corpus/index.js";
import { appendManifest, manifestHasColumn } from "../corpus/index.js";
import { sameTextKey } from "../dedupe/index.js";
import { JOBS } from "../defaults.js";
import { openDatabase, scanTables } from "../store/index.js";
import { AddError, resolvePlan } from "./resolve-plan.js";
import {
  poolFor,
  prepareOcr,
  scanCorpus,
  settleProjectOf,
  projectScanOptions,
  type ProjectOptions,
  type ScanSummary,
} from "../scan/index.js";
import type { Corpus, DocStatus, Plan, Problem } from "../types.js";
import {
  validateCandidates,
  type Checked,
  type CheckedFile,
} from "./validate-candidates.js";
import { StpError } from "../problem.js";

export { AddError };

/** What `add` needs; paths may be relative to the working directory. */
export type AddOptions = ProjectOptions & {
  readonly db: string;
  /** Files and folders as given on the command line. */
  readonly files: readonly string[];
  readonly plan: string | null;
  readonly newPlan: { readonly name: string; readonly region: string } | null;
  /** The manifest's document_role: plan, summary or appendix. */
  readonly role: string;
  readonly title: string | null;
  /** Add files that cannot be counted (not a PDF, encrypted, no text layer); their plan is reported apart. */
  readonly force: boolean;
  /** Say what would happen, change nothing (no copy, no manifest write, no database write). */
  readonly dryRun: boolean;
  /** Scan the added files into the database; false leaves them to the next scan (the workbench's). @default true */
  readonly scan?: boolean;
  readonly jobs?: number;
  /** Lines for the person at the terminal (stderr): clean-ups, notes, scan warnings. */
  readonly onNotice?: (line: string) => void;
  /** Called once per file, as soon as its outcome is final. */
  readonly onOutcome?: (outcome: AddOutcome) => void;
};

/** What became of one file. `problem` is why an added (forced) file cannot be counted. */
export type AddOutcome =
  | {
      readonly kind: "added";
      readonly shown: string;
      readonly path: string;
      readonly status: DocStatus;
      readonly pageCount: number | null;
      /** Why the file cannot be counted (added with --force), or null. */
      readonly problem: Problem | null;
    }
  | {
      readonly kind: "refused";
      readonly shown: string;
      readonly reason: string;
    };

export type AddReport = {
  readonly plan: Plan;
  readonly isNewPlan: boolean;
  readonly outcomes: readonly AddOutcome[];
  /** The scan that took the new files into the database; null on a dry run or when nothing was added. */
  readonly scan: ScanSummary | null;
};

/**
 * Test hook: with STP_SCAN_TEST_CRASH_AT set to `copied`, `renamed` or `manifest`, the process kills itself
 * (SIGKILL, as kill -9 would) at that step of adding a file, so tests can check what an interrupted add leaves.
 */
function crashPoint(step: "copied" | "renamed" | "manifest"): void {
  if (process.env.STP_SCAN_TEST_CRASH_AT === step)
    process.kill(process.pid, "SIGKILL");
}

const listedPaths = (root: string) =>
  new Set((readManifest(root)?.rows ?? []).map((r) => r.path));

/** Moves the flushed copy to its name; a hard link (not a rename) so that a file already there is never replaced. */
function moveIntoPlace(temp: string, final: string): void {
  try {
    linkSync(temp, final);
    rmSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || existsSync(final))
      throw new StpError(
        `${final} appeared while adding; nothing was overwritten`,
        { cause: error },
      );
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS")
      throw error;
    // File systems without hard links (some network and FAT drives): the name was checked free just above.
    renameSync(temp, final);
  }
}

/**
 * Adds one checked file: journal → copy to `<name>.tmp-<pid>`, flushed → link to its name → manifest row
 * (atomic rename). A failure or a kill at any step leaves what undoInterruptedAdd puts back as it was.
 */
function commitFile(
  root: string,
  plan: Plan,
  candidate: CandidateFile,
  checked: CheckedFile,
  name: string,
  entry: ManifestEntry,
): void {
  const path = `plans/${plan.id}/${name}`;
  const unsafe = checkRelativePath(path);
  const final = resolve(root, path);
  // The last guard: whatever slipped past the name rules, nothing is written outside plans/.
  if (unsafe !== null || !final.startsWith(resolve(root, "plans") + sep))
    throw new StpError({
      file: path,
      reason: `refused, the path ${unsafe ?? "leaves plans/"}`,
    });
  const folders = [`plans/${plan.id}`, "plans"].filter(
    (f) => !existsSync(join(root, f)),
  );
  writeJournal(root, {
    pid: process.pid,
    files: [{ path, sha256: checked.sha256 }],
    folders,
  });
  try {
    mkdirSync(join(root, "plans", plan.id), { recursive: true });
    const bytes = readFileSync(candidate.file);
    if (sha256Of(bytes) !== checked.sha256)
      throw new StpError(
        "the file changed while it was being added; try again",
      );
    const temp = `${final}.tmp-${process.pid}`;
    writeFileDurably(temp, bytes);
    crashPoint("copied");
    moveIntoPlace(temp, final);
    fsyncFolder(join(root, "plans", plan.id));
    crashPoint("renamed");
    appendManifest(root, [entry]);
    crashPoint("manifest");
    clearJournal(root);
  } catch (error) {
    undoInterruptedAdd(root, listedPaths(root));
    throw error;
  }
}

/** Names already used in the plan's folder, on disk or in the manifest, lower case (some disks ignore case). */
function takenNames(root: string, planId: string): Set<string> {
  const folder = join(root, "plans", planId);
  const onDisk = existsSync(folder) ? readdirSync(folder) : [];
  const listed = [...listedPaths(root)]
    .filter((p) => p.startsWith(`plans/${planId}/`))
    .map((p) => p.slice(`plans/${planId}/`.length));
  return new Set([...onDisk, ...listed].map((n) => n.toLowerCase()));
}

/** Documents of the corpus an added file may repeat: by sha256, and by their text (sameTextKey), to a path. */
type Existing = {
  readonly bytes: Map<string, string>;
  readonly texts: Map<string, string>;
};

/** The text of every document the database holds that counts on its own, by sameTextKey, first in corpus order. */
function corpusTexts(dbFile: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (!existsSync(dbFile)) return texts;
  const db = openDatabase(dbFile, { mustExist: true });
  try {
    for (const row of scanTables.readDedupeRows(db)) {
      const key =
        row.fingerprint === null || row.duplicateReason !== null
          ? null
          : sameTextKey(row.fingerprint);
      if (key !== null && !texts.has(key)) texts.set(key, row.document);
    }
  } finally {
    db.close();
  }
  return texts;
}

/** The sha256 of every file of the corpus on disk, to its path (first in corpus order). */
function corpusHashes(
  root: string,
  paths: readonly string[],
): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const path of paths) {
    const sha256 = sha256Of(readFileSync(join(root, path)));
    if (!hashes.has(sha256)) hashes.set(sha256, path);
  }
  return hashes;
}

/** Cleans up after an interrupted add (or, on a dry run, only says that it would). */
function recover(
  root: string,
  dryRun: boolean,
  notice: (line: string) => void,
): void {
  if (dryRun) {
    const left =
      findTempFiles(root).length + (readJournal(root) === null ? 0 : 1);
    if (left > 0)
      notice(
        `an interrupted add left files behind; a real add (or stp-scan corpus repair) removes them first`,
      );
    return;
  }
  undoInterruptedAdd(root, listedPaths(root)).forEach(notice);
}

/** The corpus as the add finds it; a manifest it cannot read is an AddError (a missing corpus stays a CorpusError). */
function openCorpus(root: string): Corpus {
  try {
    return loadCorpus(root);
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new AddError((error as Error).message, { cause: error });
  }
}

/** --title, or null when the manifest has no title column to hold it (said once). */
function titleFor(
  root: string,
  title: string | null,
  notice: (line: string) => void,
): string | null {
  if (title === null || manifestHasColumn(root, "title")) return title;
  notice(
    `--title ignored: manifest.csv has no "title" column (add one by hand to keep titles)`,
  );
  return null;
}

/** What one add puts each checked file against: the plan, the names taken, the corpus's files by hash. */
type Target = {
  readonly root: string;
  readonly plan: Plan;
  readonly title: string | null;
  readonly taken: Set<string>;
  readonly existing: Existing;
  readonly options: AddOptions;
};

/** Adds one checked file (or, on a dry run, says it would), or refuses it with its reason. */
function addChecked(t: Target, { candidate, read }: Checked): AddOutcome {
  const shown = candidate.shown;
  if (!read.ok) return { kind: "refused", shown, reason: read.problem.reason };
  const c = read.value;
  const refusal = refusalOf(c, t.existing, t.options.force);
  if (refusal !== null) return { kind: "refused", shown, reason: refusal };
  const name = freeFileName(safeFileName(shown), (n) =>
    t.taken.has(n.toLowerCase()),
  );
  const path = `plans/${t.plan.id}/${name}`;
  const entry: ManifestEntry = {
    plan_id: t.plan.id,
    plan_name: t.plan.name,
    region: t.plan.region,
    document_role: t.options.role,
    path,
    bytes: String(c.bytes),
    sha256: c.sha256,
    ...(t.title === null ? {} : { title: t.title }),
  };
  if (!t.options.dryRun) {
    try {
      commitFile(t.root, t.plan, candidate, c, name, entry);
    } catch (error) {
      return {
        kind: "refused",
        shown,
        reason: `could not be added (${(error as Error).message}); the corpus is as it was`,
      };
    }
  }
  t.taken.add(name);
  t.existing.bytes.set(c.sha256, path);
  const key = c.fingerprint === null ? null : sameTextKey(c.fingerprint);
  if (key !== null && !t.existing.texts.has(key))
    t.existing.texts.set(key, path);
  const { status, pageCount, problem } = c;
  return { kind: "added", shown, path, status, pageCount, problem };
}

/**
 * The add, in order: clean up after an interrupted add → choose the plan → check every file (a PDF? readable?
 * encrypted? text layer? already in the corpus?) → for each accepted file, copy, link, append its manifest row
 * (see commitFile) → one incremental scan, which reads only the new files. One bad file never stops the
 * others; only a bad plan option, a busy or missing corpus, or a database or lexicon error stops the run.
 */
export async function addFiles(given: AddOptions): Promise<AddReport> {
  // The database's corpus and reading settings, unless told otherwise: the file is checked, copied and read as
  // the corpus's other documents were. Another corpus than the database's is refused before anything changes.
  const project = settleProjectOf(given.db, given);
  const options = { ...given, ...projectScanOptions(project) };
  // add checks the files and then scans: a notice both give (a missing OCR engine) is told once.
  const told = new Set<string>();
  const notice = (line: string) => {
    if (told.has(line)) return;
    told.add(line);
    options.onNotice?.(line);
  };
  const root = project.corpus;
  if (!existsSync(root))
    throw new CorpusError(
      `${root}: corpus folder not found (make it, or pass --corpus)`,
    );
  const release = options.dryRun ? () => undefined : lockCorpus(root);
  // One pool of readers checks the files and then scans them.
  const pool = poolFor({ ...options, jobs: options.jobs ?? JOBS });
  try {
    recover(root, options.dryRun, notice);
    const corpus = openCorpus(root);
    const { candidates, problems } = findCandidates(options.files);
    const hint = [...candidates.map((c) => c.shown), options.title ?? ""].join(
      " ",
    );
    const { plan, isNew } = resolvePlan(corpus, options, hint);
    const title = titleFor(root, options.title, notice);
    const outcomes: AddOutcome[] = [];
    const report = (outcome: AddOutcome) => {
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    };
    for (const p of problems)
      report({ kind: "refused", shown: p.file, reason: p.reason });
    const existing: Existing = {
      bytes: corpusHashes(
        root,
        corpus.docs.filter((d) => d.existsOnDisk).map((d) => d.path),
      ),
      texts: corpusTexts(options.db),
    };
    const checked = await validateCandidates(
      candidates,
      pool,
      await prepareOcr(options, notice),
    );
    const taken = takenNames(root, plan.id);
    const target = { root, plan, title, taken, existing, options };
    for (const c of checked) report(addChecked(target, c));
    const added = outcomes.some((o) => o.kind === "added");
    const scan =
      options.dryRun || !added || options.scan === false
        ? null
        : await scanCorpus({
            ...options,
            db: options.db,
            onNotice: notice,
            pool,
          });
    return { plan, isNewPlan: isNew, outcomes, scan };
  } finally {
    await pool.close();
    release();
  }
}

/**
 * Why a checked file is not added, or null when it is. An exact duplicate is refused even with --force: it would
 * add nothing. One with the same text as a document of the corpus (spec v2.1 point 3) is refused unless forced:
 * added, it is a duplicate and adds nothing either.
 */
function refusalOf(
  c: CheckedFile,
  existing: Existing,
  force: boolean,
): string | null {
  const copyOf = existing.bytes.get(c.sha256);
  if (copyOf !== undefined) return `exact duplicate of ${copyOf} (same sha256)`;
  const key = c.fingerprint === null ? null : sameTextKey(c.fingerprint);
  const textOf = key === null ? undefined : existing.texts.get(key);
  if (textOf !== undefined && !force)
    return `same text as ${textOf} on every page (a re-upload?); --force adds it anyway (it is then a duplicate and adds nothing)`;
  if (c.problem !== null && !force)
    return `${c.problem.reason}; --force adds it anyway (its plan is then reported apart)`;
  return null;
}
