import type { Argv } from "yargs";
import {
  AddError,
  addFiles,
  type AddOutcome,
  type AddReport,
} from "../curate/index.js";
import { CorpusBusyError } from "../curate/index.js";
import {
  CORPUS_DIR,
  DB_FILE,
  JOBS,
  OCR_MODE,
  THRESHOLD_MENTIONS,
  TIMEOUT_SECONDS,
} from "../defaults.js";
import { computeShare, describeShare } from "../stats/index.js";
import { openDatabase, readPlanCounts, readPlanSizes } from "../store/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { examplesOf } from "./examples.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One line per file, as the analyst reads them: where it went and in what state, or why it was refused. */
export function formatOutcome(
  o: AddOutcome,
  planId: string,
  dryRun: boolean,
): string {
  if (o.kind === "refused")
    return `${dryRun ? "would refuse" : "refused"} ${o.shown}: ${o.reason}`;
  const pages = o.pageCount === null ? "" : `, ${plural(o.pageCount, "page")}`;
  const forced =
    o.problem === null
      ? ""
      : `: ${o.problem}; added with --force, its plan is reported apart`;
  return `${dryRun ? "would add" : "added"} ${o.path} to ${planId} (${o.status}${pages}${forced})`;
}

/** The plan's counts and the statistic after the add, read back from the database. */
function renderAfter(report: AddReport, db: string, threshold: number): string {
  const store = openDatabase(db, { mustExist: true });
  try {
    const stat = computeShare(readPlanCounts(store), threshold);
    const size = readPlanSizes(store).get(report.plan.id) ?? {
      documents: 0,
      pages: 0,
    };
    const row = stat.plans.find((p) => p.plan === report.plan.id);
    const apart = stat.reportedApart.find((a) => a.plan === report.plan.id);
    const verdict =
      apart !== undefined
        ? `reported apart (${apart.reasons.join("; ")})`
        : row?.mentions
          ? "mentions social value"
          : "does not mention social value";
    return (
      `${report.plan.id}: ${plural(size.documents, "document")}, ${plural(size.pages, "page")}, ` +
      `${row?.headline ?? 0} headline and ${row?.related ?? 0} related mentions; ${verdict}\n${describeShare(stat)}\n`
    );
  } finally {
    store.close();
  }
}

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
        .option("plan", {
          type: "string",
          describe: "Id of the plan the files belong to",
        })
        .option("new-plan", {
          type: "string",
          describe:
            "Create a plan with this name (its id is made from the name)",
        })
        .option("region", {
          type: "string",
          describe: "Region of the new plan (with --new-plan)",
        })
        .option("type", {
          choices: ["plan", "summary", "appendix"] as const,
          default: "plan" as const,
          describe: "document_role in manifest.csv",
        })
        .option("title", {
          type: "string",
          describe: "Title, written where manifest.csv has a title column",
        })
        .option("corpus", {
          type: "string",
          default: CORPUS_DIR,
          describe: "Corpus folder (manifest.csv, plans/)",
        })
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to update",
        })
        .option("force", {
          type: "boolean",
          default: false,
          describe:
            "Add files that cannot be counted (not a PDF, encrypted, no text layer); their plan is reported apart",
        })
        .option("dry-run", {
          type: "boolean",
          default: false,
          describe: "Show what would happen and change nothing",
        })
        .option("threshold", {
          type: "number",
          default: THRESHOLD_MENTIONS,
          describe: "Headline mentions a plan needs",
        })
        .option("jobs", {
          type: "number",
          default: JOBS,
          describe: "Worker threads reading PDFs",
        })
        .option("timeout", {
          type: "number",
          default: TIMEOUT_SECONDS,
          describe: "Seconds one document may take",
        })
        .option("ocr", {
          choices: ["auto", "off"] as const,
          default: OCR_MODE,
          describe:
            "Read pages without a text layer by OCR, as scan does; off: they cannot be counted (spec v1.1)",
        })
        .implies("new-plan", "region"),
    (argv) =>
      runCommand(async () => {
        const newPlan = argv["new-plan"];
        if (newPlan !== undefined && newPlan.trim() === "")
          throw new UsageError("--new-plan: give the plan's name");
        const dryRun = argv["dry-run"];
        let report: AddReport;
        try {
          report = await addFiles({
            corpus: argv.corpus,
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
            dryRun,
            jobs: argv.jobs,
            timeoutSeconds: argv.timeout,
            threshold: argv.threshold,
            ocr: argv.ocr,
            onNotice: (line) => process.stderr.write(`${line}\n`),
            onOutcome: (o) =>
              process.stdout.write(`${formatOutcome(o, planOf(o), dryRun)}\n`),
          });
        } catch (error) {
          if (error instanceof AddError || error instanceof CorpusBusyError)
            throw new UsageError(error.message);
          throw error;
        }
        const added = report.outcomes.filter((o) => o.kind === "added").length;
        const refused = report.outcomes.length - added;
        process.stdout.write(
          dryRun
            ? `dry run: ${added} would be added, ${refused} refused; nothing was changed\n`
            : `${added} added, ${refused} refused\n`,
        );
        if (report.isNewPlan) {
          process.stdout.write(
            added > 0 || dryRun
              ? `${dryRun ? "would create" : "created"} plan ${report.plan.id} ("${report.plan.name}", ${report.plan.region})\n`
              : `plan ${report.plan.id} not created: no file was added\n`,
          );
        }
        if (report.scan !== null) {
          const d = report.scan.changes.documents;
          process.stderr.write(
            `scanned: ${plural(d.read, "document")} read (${plural(report.scan.pagesRead, "page")}), ${d.unchanged} unchanged\n`,
          );
          process.stdout.write(renderAfter(report, argv.db, argv.threshold));
        }
        if (refused > 0) process.exitCode = 1;
      }, argv.db),
  );
}

/** The plan of an added file, from its path: outcomes are printed as they come, before the report exists. */
const planOf = (o: AddOutcome) =>
  o.kind === "added" ? (o.path.split("/")[1] ?? "") : "";
