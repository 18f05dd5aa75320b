import { existsSync } from "node:fs";
import { forTerminal } from "../terminal-text.js";
import { resolve } from "node:path";
import type { Argv } from "yargs";
import {
  acceptPages,
  AddError,
  declareDuplicate,
  checkCorpus,
  CorpusBusyError,
  listCorpus,
  removeDocument,
  repairCorpus,
  type ListedPlan,
} from "../curate/index.js";
import { CorpusError } from "../corpus/index.js";
import { figureOf } from "../audit/index.js";
import {
  documentNotes,
  formatTable,
  renderHeadline,
  renderPlanAfter,
} from "../report/index.js";
import {
  readDocuments,
  readStandingDeclarations,
  readStandingDuplicateDeclarations,
  groupDeclarations,
  type Db,
  type DuplicateDeclaration,
  type PageDeclaration,
} from "../store/index.js";
import {
  readQuality,
  renderDocumentNotes,
  renderQuality,
} from "./quality-report.js";
import { runCommand, UsageError } from "./fatal.js";
import { runOnDatabase, withDatabase } from "./output.js";
import { examplesOf } from "./examples.js";
import { settleProjectOf } from "../scan/index.js";
import { corpusFor, thresholdFor } from "./project-of.js";
import { counted } from "../plural.js";
import {
  auditorOption,
  CORPUS_OPTION,
  dbOption,
  jsonOption,
} from "./options.js";

/** What `corpus list` says of a document beside its status: duplicates, near-duplicates, blank pages, repairs. */
function listNotes(d: ListedPlan["documents"][number]): string[] {
  const notes: string[] = [];
  if (d.duplicateOf !== null)
    notes.push(`duplicate of ${d.duplicateOf} (${d.duplicateReason})`);
  if (d.nearDuplicateOf !== null)
    notes.push(
      `near-duplicate of ${d.nearDuplicateOf}: ${d.pagesShared} of ${d.pages} pages shared`,
    );
  if (d.blankPages.length > 0) notes.push(`blank p${d.blankPages.join(",")}`);
  if (d.repaired) notes.push("repaired by pdf.js");
  return notes;
}

/** `corpus list` as text: each plan's line, then a table of its documents with the pages declared read. */
function renderList(plans: readonly ListedPlan[]): string {
  return plans
    .map((p) => {
      const head = `${p.id}  ${p.name}${p.region === "" ? "" : `  (${p.region})`}`;
      const rows = p.documents.map((d) => [
        `  ${d.document}`,
        d.role,
        d.pages ?? "",
        d.status,
        d.declared.length === 0
          ? ""
          : `p${d.declared.map((x) => x.page).join(",")} (${[...new Set(d.declared.map((x) => x.auditor))].join(", ")})`,
        listNotes(d).join("; "),
      ]);
      return `${head}\n${formatTable(["  document", "role", "pages", "status", "declared read", "notes"], rows)}\n`;
    })
    .join("\n");
}

/** Standing declarations, one line per document and decision: pages, auditor, time and note. */
function renderDeclarations(declarations: readonly PageDeclaration[]): string {
  return groupDeclarations(declarations)
    .map(
      (d) =>
        `  ${d.document} p${d.pages.join(",")}: declared read by ${d.auditor} at ${d.declaredAt}: ${d.note}\n`,
    )
    .join("");
}

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
  const pages = outcome.rows.map((r) => r.page).join(",");
  process.stdout.write(
    argv.undo
      ? `${argv.document} p${pages}: declaration withdrawn by ${argv.auditor}; the pages count as unreadable again\n`
      : `${argv.document} p${pages}: declared read by ${argv.auditor}: ${argv.note}\n`,
  );
  process.stdout.write(figureNow(db, argv.db));
}

/** The figure after a declaration, at the database's threshold. */
const figureNow = (db: Db, dbFile: string) =>
  renderHeadline(figureOf(db, dbFile, thresholdFor(db, undefined)));

/** Standing duplicate declarations, one line each: the copy, what it repeats, auditor, time and note. */
function renderDuplicateDeclarations(
  declarations: readonly DuplicateDeclaration[],
): string {
  return declarations
    .map(
      (d) =>
        `  ${d.document}: declared a duplicate of ${d.duplicateOf} by ${d.auditor} at ${d.declaredAt}: ${d.note}\n`,
    )
    .join("");
}

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
  const { row } = outcome;
  process.stdout.write(
    argv.undo
      ? `${row.document}: declaration withdrawn by ${row.auditor}; it counts on its own again\n`
      : `${row.document}: declared a duplicate of ${row.duplicateOf} by ${row.auditor}: ${row.note}; its mentions are kept but not counted\n`,
  );
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
  return done.length === 0 ? "nothing to repair\n" : `${done.join("\n")}\n`;
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
  const { document, planId, asideTo, verdictsKept } = report;
  if (dryRun) {
    process.stdout.write(
      `would remove ${document} from ${planId}: its manifest row would go and the file move to ${asideTo}\ndry run: nothing was changed\n`,
    );
    return;
  }
  process.stdout.write(
    `removed ${document} from ${planId}: its manifest row is gone and the file moved to ${asideTo}\n`,
  );
  if (verdictsKept > 0)
    process.stdout.write(
      `kept ${verdictsKept} ${verdictsKept === 1 ? "verdict" : "verdicts"} on its mentions: adding the same file back brings ${verdictsKept === 1 ? "it" : "them"} back\n`,
    );
  if (report.scan === null) return;
  const { threshold } = report.scan.project;
  process.stdout.write(
    await withDatabase(argv.db, (db) =>
      renderPlanAfter(figureOf(db, argv.db, threshold), planId),
    ),
  );
}

/** `corpus check`: every disagreement, then the count; exit 1 when there is any. */
function check(corpusDir: string, dbFile: string): void {
  const { disagreements, documents } = checkCorpus(corpusDir, dbFile);
  for (const line of disagreements)
    process.stdout.write(`${forTerminal(line)}\n`);
  if (disagreements.length === 0) {
    process.stdout.write(`corpus agrees: ${counted(documents, "document")}\n`);
    return;
  }
  process.stdout.write(
    `${disagreements.length} ${disagreements.length === 1 ? "disagreement" : "disagreements"}\n`,
  );
  process.exitCode = 1;
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
    return runOnDatabase(argv.db, (db) => printQuality(db, argv.json), "reads");
  return runCommand(() => {
    const corpus = corpusFor(argv.db, argv.corpus);
    if (!existsSync(corpus))
      throw new CorpusError(
        `${resolve(corpus)}: corpus folder not found; pass the folder that holds manifest.csv and plans/ (--corpus)`,
      );
    if (argv.action === "remove") return remove(argv, corpus);
    if (argv.action === "list") {
      const plans = listCorpus(corpus, argv.db);
      process.stdout.write(
        argv.json
          ? `${JSON.stringify(plans, null, 2)}\n`
          : forTerminal(renderList(plans)),
      );
    } else if (argv.action === "repair") process.stdout.write(repair(corpus));
    else check(corpus, argv.db);
    return undefined;
  }, argv.db);
}

/** `corpus quality`: the flagged pages, then the pages analysts declared read. */
function printQuality(db: Db, json: boolean): void {
  const docs = readQuality(db);
  const declared = readStandingDeclarations(db);
  const copies = readStandingDuplicateDeclarations(db);
  process.stdout.write(
    json
      ? `${JSON.stringify(docs, null, 2)}\n`
      : forTerminal(renderQuality(docs)) +
          renderDocumentNotes(documentNotes(readDocuments(db))) +
          (declared.length === 0
            ? ""
            : `\nPages declared read by analysts (not counted as unreadable):\n${renderDeclarations(declared)}`) +
          (copies.length === 0
            ? ""
            : `\nDocuments declared duplicates by analysts (counted once):\n${renderDuplicateDeclarations(copies)}`),
  );
}
