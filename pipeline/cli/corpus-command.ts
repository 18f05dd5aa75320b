import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Argv } from "yargs";
import { figureOf } from "../audit/index.js";
import { CorpusError } from "../corpus/index.js";
import {
  acceptPages,
  AddError,
  declareDuplicate,
  checkCorpus,
  CorpusBusyError,
  listCorpus,
  removeDocument,
  repairCorpus,
} from "../curate/index.js";
import {
  renderCheck,
  renderCorpusList,
  renderCorpusQuality,
  renderDuplicateDeclared,
  renderHeadline,
  renderPagesDeclared,
  renderPlanAfter,
  renderRemoved,
  renderRepair,
} from "../report/index.js";
import type { Db } from "../store/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { emit, runOnDatabase, withDatabase } from "./output.js";
import { examplesOf } from "./examples.js";
import { settleProjectOf } from "../scan/index.js";
import { corpusFor, thresholdFor } from "./project-of.js";
import {
  auditorOption,
  CORPUS_OPTION,
  dbOption,
  jsonOption,
} from "./options.js";

/** `corpus accept-pages`: the rows written and the headline line now, or one line and exit 2. */
function declare(
  db: Db,
  argv: {
    document?: string | undefined;
    pages?: string | undefined;
    note?: string | undefined;
    auditor: string;
    undo: boolean;
    db: string;
  },
): void {
  if (argv.document === undefined || argv.pages === undefined)
    throw new UsageError(
      "corpus accept-pages needs a document and its pages: stp-scan corpus accept-pages <document> <pages> --note TEXT",
    );
  if (argv.note === undefined)
    throw new UsageError(
      `corpus accept-pages ${argv.document}: --note is required (why the pages count as read, e.g. "a map, nothing to read")`,
    );
  const outcome = acceptPages(db, {
    document: argv.document,
    pages: String(argv.pages),
    note: argv.note,
    auditor: argv.auditor,
    undo: argv.undo,
  });
  if (!outcome.ok) throw new UsageError(outcome.error);
  process.stdout.write(
    renderPagesDeclared(argv.document, outcome.rows, {
      ...argv,
      note: argv.note,
    }),
  );
  process.stdout.write(figureNow(db, argv.db));
}

/** The figure after a declaration, at the database's threshold. */
const figureNow = (db: Db, dbFile: string) =>
  renderHeadline(figureOf(db, dbFile, thresholdFor(db, undefined)));

/** `corpus declare-duplicate`: the row written, what changed, and the headline line now; or one line and exit 2. */
function declareCopy(
  db: Db,
  argv: {
    document?: string | undefined;
    of?: string | undefined;
    note?: string | undefined;
    auditor: string;
    undo: boolean;
    db: string;
  },
): void {
  if (argv.document === undefined)
    throw new UsageError(
      "corpus declare-duplicate needs a document: stp-scan corpus declare-duplicate <document> --of <document> --note TEXT",
    );
  if (argv.note === undefined)
    throw new UsageError(
      `corpus declare-duplicate ${argv.document}: --note is required (why it repeats the other, e.g. "the same report under a new name")`,
    );
  const outcome = declareDuplicate(db, {
    document: argv.document,
    of: argv.of ?? null,
    note: argv.note,
    auditor: argv.auditor,
    undo: argv.undo,
  });
  if (!outcome.ok) throw new UsageError(outcome.error);
  process.stdout.write(renderDuplicateDeclared(outcome.row, argv.undo));
  process.stdout.write(figureNow(db, argv.db));
}

/** `corpus repair`: what it undid, or that there was nothing to repair. */
function repair(corpusDir: string): string {
  let done: string[];
  try {
    done = repairCorpus(corpusDir);
  } catch (error) {
    if (error instanceof CorpusBusyError) throw new UsageError(error.message);
    throw error;
  }
  return renderRepair(done);
}

/** `corpus remove`: what changed (or would), the verdicts kept, then the plan's counts and the statistic now. */
async function remove(argv: CorpusArgs, corpus: string): Promise<void> {
  if (argv.document === undefined)
    throw new UsageError(
      "corpus remove needs a document: stp-scan corpus remove <document> (its path as corpus list gives it)",
    );
  const dryRun = argv["dry-run"];
  // A write to the corpus: refused before anything moves when it is not the database's corpus.
  settleProjectOf(argv.db, { corpus });
  let report;
  try {
    report = await removeDocument({
      corpus,
      db: argv.db,
      document: argv.document,
      dryRun,
      onNotice: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    if (error instanceof AddError || error instanceof CorpusBusyError)
      throw new UsageError(error.message);
    throw error;
  }
  process.stdout.write(renderRemoved(report, dryRun));
  if (dryRun || report.scan === null) return;
  const { threshold } = report.scan.project;
  process.stdout.write(
    await withDatabase(argv.db, (db) =>
      renderPlanAfter(figureOf(db, argv.db, threshold), report.planId),
    ),
  );
}

/** `corpus check`: every disagreement, then the count; exit 1 when there is any. */
function check(corpusDir: string, dbFile: string): void {
  const { disagreements, documents } = checkCorpus(corpusDir, dbFile);
  process.stdout.write(renderCheck(disagreements, documents));
  if (disagreements.length > 0) process.exitCode = 1;
}

/** `stp-scan corpus check|list|repair|quality|accept-pages [document] [pages] [--corpus DIR] [--db FILE]` */
export function corpusCommand(yargs: Argv): Argv {
  return yargs.command(
    "corpus <action> [document] [pages]",
    "Check the corpus against its manifest and the database, list it, repair an interrupted add, or declare unreadable pages read",
    (y) =>
      y
        .example(examplesOf("corpus"))
        .positional("action", {
          choices: [
            "check",
            "list",
            "repair",
            "quality",
            "accept-pages",
            "declare-duplicate",
            "remove",
          ] as const,
          demandOption: true,
          describe:
            "check: report every disagreement (exit 0 only when all agree); list: plans and documents; repair: undo an interrupted add; quality: pages whose text looks unreliable, blank pages, duplicates and what the PDF reader reported; accept-pages: declare unreadable pages of a document read; declare-duplicate: declare a document a duplicate of another (counted once)",
        })
        .positional("document", {
          type: "string",
          describe:
            "accept-pages, declare-duplicate, remove: the document, as corpus list names it (plans/<plan>/<file>.pdf)",
        })
        .option("of", {
          type: "string",
          describe:
            "declare-duplicate: the document it repeats (plans/<plan>/<file>.pdf)",
        })
        .positional("pages", {
          type: "string",
          describe: "accept-pages: its unreadable pages, e.g. 3 or 3,5-6",
        })
        .option("note", {
          type: "string",
          describe:
            'accept-pages, declare-duplicate: why (required), e.g. "a map, nothing to read" or "the same report under a new name"',
        })
        .option(
          "auditor",
          auditorOption("declares", "accept-pages, declare-duplicate"),
        )
        .option("undo", {
          type: "boolean",
          default: false,
          describe:
            "accept-pages, declare-duplicate: withdraw the declaration (a new row; none is deleted)",
        })
        .option("corpus", CORPUS_OPTION)
        .option("db", dbOption("compare with"))
        .option("json", jsonOption("the plans or pages", "list, quality"))
        .option("dry-run", {
          type: "boolean",
          default: false,
          describe: "remove: say what would change, change nothing",
        }),
    (argv) => runCorpusAction(argv),
  );
}

/** What `corpus` was asked to do, from the command line. */
type CorpusArgs = {
  readonly action:
    | "check"
    | "list"
    | "repair"
    | "quality"
    | "accept-pages"
    | "declare-duplicate"
    | "remove";
  readonly document?: string | undefined;
  readonly of?: string | undefined;
  readonly pages?: string | undefined;
  readonly note?: string | undefined;
  readonly auditor: string;
  readonly undo: boolean;
  readonly corpus: string | undefined;
  readonly db: string;
  readonly json: boolean;
  readonly "dry-run": boolean;
};

/** Runs one `corpus` action: those on the database first, then those on the corpus folder. */
function runCorpusAction(argv: CorpusArgs): void | Promise<void> {
  if (argv.action === "accept-pages")
    return runOnDatabase(argv.db, (db) => declare(db, argv));
  if (argv.action === "declare-duplicate")
    return runOnDatabase(argv.db, (db) => declareCopy(db, argv));
  if (argv.action === "quality")
    return runOnDatabase(
      argv.db,
      (db) => emit(renderCorpusQuality(db, argv.json), undefined),
      "reads",
    );
  return runCommand(() => {
    const corpus = corpusFor(argv.db, argv.corpus);
    if (!existsSync(corpus))
      throw new CorpusError(
        `${resolve(corpus)}: corpus folder not found; pass the folder that holds manifest.csv and plans/ (--corpus)`,
      );
    if (argv.action === "remove") return remove(argv, corpus);
    if (argv.action === "list") {
      process.stdout.write(
        renderCorpusList(listCorpus(corpus, argv.db), argv.json),
      );
    } else if (argv.action === "repair") process.stdout.write(repair(corpus));
    else check(corpus, argv.db);
    return undefined;
  }, argv.db);
}
