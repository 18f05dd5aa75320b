import type { Argv } from "yargs";
import {
  AddError,
  addFiles,
  CorpusBusyError,
  type AddOptions,
  type AddOutcome,
  type AddReport,
} from "../curate/index.js";
import { figureOf } from "../audit/index.js";
import {
  formatOutcome,
  planOf,
  refusedCount,
  renderPlanAfter,
  renderScanned,
  renderSummary,
} from "../report/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { withDatabase } from "./output.js";
import { examplesOf } from "./examples.js";
import { dbOption, READING_OPTIONS } from "./options.js";
import { readingOptionsOf, type ReadingArgs } from "./option-values.js";
import { forTerminal } from "../terminal-text.js";

/** The options of `add` as yargs gives them. */
type AddArgs = ReadingArgs & {
  readonly files: string[];
  readonly plan: string | undefined;
  readonly "new-plan": string | undefined;
  readonly region: string | undefined;
  readonly type: string;
  readonly title: string | undefined;
  readonly db: string;
  readonly force: boolean;
  readonly "dry-run": boolean;
};

/** What addFiles needs, from the command line; an empty --new-plan is a usage error. */
function addOptionsFrom(argv: AddArgs): AddOptions {
  const newPlan = argv["new-plan"];
  if (newPlan !== undefined && newPlan.trim() === "")
    throw new UsageError("--new-plan: give the plan's name");
  return {
    ...readingOptionsOf(argv),
    db: argv.db,
    files: argv.files,
    plan: argv.plan ?? null,
    newPlan:
      newPlan === undefined
        ? null
        : { name: newPlan, region: argv.region ?? "" },
    role: argv.type,
    title: argv.title ?? null,
    force: argv.force,
    dryRun: argv["dry-run"],
    onNotice: (line) => process.stderr.write(`${forTerminal(line)}\n`),
  };
}

/** Runs the add; a bad plan option or a busy corpus is a usage error (one line, exit 2). */
async function add(
  options: AddOptions,
  onOutcome: (o: AddOutcome) => void,
): Promise<AddReport> {
  try {
    return await addFiles({ ...options, onOutcome });
  } catch (error) {
    if (error instanceof AddError || error instanceof CorpusBusyError)
      throw new UsageError(error.message);
    throw error;
  }
}

/** The options of `add`, in the order --help lists them. */
const ADD_OPTIONS = {
  plan: {
    type: "string",
    describe: "Id of the plan the files belong to",
  },
  "new-plan": {
    type: "string",
    describe: "Create a plan with this name (its id is made from the name)",
  },
  region: {
    type: "string",
    describe: "Region of the new plan (with --new-plan)",
  },
  type: {
    choices: ["plan", "summary", "appendix"] as const,
    default: "plan" as const,
    describe: "document_role in manifest.csv",
  },
  title: {
    type: "string",
    describe: "Title, written where manifest.csv has a title column",
  },
  db: dbOption("update"),
  force: {
    type: "boolean",
    default: false,
    describe:
      "Add files that cannot be counted (not a PDF, encrypted, no text layer); their plan is reported apart",
  },
  "dry-run": {
    type: "boolean",
    default: false,
    describe: "Show what would happen and change nothing",
  },
  ...READING_OPTIONS,
} as const;

/**
 * `stp-scan add <file-or-folder>... --plan ID | --new-plan NAME --region R [--type plan|summary|appendix]
 * [--title TEXT] [--force] [--dry-run] [--corpus DIR] [--db FILE]`
 */
export function addCommand(yargs: Argv): Argv {
  return yargs.command(
    "add <files..>",
    "Add plan PDFs to the corpus: check them, copy them under plans/<plan-id>/, list them in manifest.csv, scan them",
    (y) =>
      y
        .example(examplesOf("add"))
        .positional("files", {
          type: "string",
          array: true,
          demandOption: true,
          describe: "PDF files, or folders of them",
        })
        .options(ADD_OPTIONS)
        .implies("new-plan", "region"),
    (argv) =>
      runCommand(async () => {
        const dryRun = argv["dry-run"];
        const report = await add(addOptionsFrom(argv), (o) =>
          process.stdout.write(
            `${forTerminal(formatOutcome(o, planOf(o), dryRun))}\n`,
          ),
        );
        process.stdout.write(forTerminal(renderSummary(report, dryRun)));
        if (report.scan !== null) {
          process.stderr.write(renderScanned(report.scan));
          const { threshold } = report.scan.project;
          process.stdout.write(
            await withDatabase(argv.db, (db) =>
              renderPlanAfter(figureOf(db, argv.db, threshold), report.plan.id),
            ),
          );
        }
        if (refusedCount(report) > 0) process.exitCode = 1;
      }, argv.db),
  );
}
