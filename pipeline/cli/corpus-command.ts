import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Argv } from "yargs";
import {
  checkCorpus,
  CorpusBusyError,
  listCorpus,
  repairCorpus,
  type ListedPlan,
} from "../curate/index.js";
import { CorpusError } from "../corpus/index.js";
import { CORPUS_DIR, DB_FILE } from "../defaults.js";
import { formatTable } from "../report/index.js";
import { readQuality, renderQuality } from "./quality-report.js";
import { runCommand, UsageError } from "./fatal.js";
import { runOnDatabase } from "./output.js";
import { examplesOf } from "./examples.js";

/** `corpus list` as text: each plan's line, then a table of its documents. */
function renderList(plans: readonly ListedPlan[]): string {
  return plans
    .map((p) => {
      const head = `${p.id}  ${p.name}${p.region === "" ? "" : `  (${p.region})`}`;
      const rows = p.documents.map((d) => [
        `  ${d.document}`,
        d.role,
        d.pages ?? "",
        d.status,
      ]);
      return `${head}\n${formatTable(["  document", "role", "pages", "status"], rows)}\n`;
    })
    .join("\n");
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

/** `corpus check`: every disagreement, then the count; exit 1 when there is any. */
function check(corpusDir: string, dbFile: string): void {
  const { disagreements, documents } = checkCorpus(corpusDir, dbFile);
  for (const line of disagreements) process.stdout.write(`${line}\n`);
  if (disagreements.length === 0) {
    process.stdout.write(`corpus agrees: ${documents} documents\n`);
    return;
  }
  process.stdout.write(
    `${disagreements.length} ${disagreements.length === 1 ? "disagreement" : "disagreements"}\n`,
  );
  process.exitCode = 1;
}

/** `stp-scan corpus check|list|repair [--corpus DIR] [--db FILE]` */
export function corpusCommand(yargs: Argv): Argv {
  return yargs.command(
    "corpus <action>",
    "Check the corpus against its manifest and the database, list it, or repair an interrupted add",
    (y) =>
      y
        .example(examplesOf("corpus"))
        .positional("action", {
          choices: ["check", "list", "repair", "quality"] as const,
          demandOption: true,
          describe:
            "check: report every disagreement (exit 0 only when all agree); list: plans and documents; repair: undo an interrupted add; quality: pages whose text looks unreliable",
        })
        .option("corpus", {
          type: "string",
          default: CORPUS_DIR,
          describe: "Corpus folder (manifest.csv, plans/)",
        })
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to compare with",
        })
        .option("json", {
          type: "boolean",
          default: false,
          describe: "list, quality: print JSON",
        }),
    (argv) => {
      if (argv.action === "quality")
        return runOnDatabase(argv.db, (db) => {
          const docs = readQuality(db);
          process.stdout.write(
            argv.json
              ? `${JSON.stringify(docs, null, 2)}\n`
              : renderQuality(docs),
          );
        });
      return runCommand(() => {
        if (!existsSync(argv.corpus))
          throw new CorpusError(
            `${resolve(argv.corpus)}: corpus folder not found; pass the folder that holds manifest.csv and plans/ (--corpus)`,
          );
        if (argv.action === "list") {
          const plans = listCorpus(argv.corpus, argv.db);
          process.stdout.write(
            argv.json
              ? `${JSON.stringify(plans, null, 2)}\n`
              : renderList(plans),
          );
        } else if (argv.action === "repair")
          process.stdout.write(repair(argv.corpus));
        else check(argv.corpus, argv.db);
      }, argv.db);
    },
  );
}
