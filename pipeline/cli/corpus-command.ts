import { openExisting } from "./output.js";
import { readQuality, renderQuality } from "./quality-report.js";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Argv } from "yargs";
import {
  checkCorpus,
  CorpusBusyError,
  lockCorpus,
  undoInterruptedAdd,
} from "../curate/index.js";
import { CorpusError, loadCorpus, readManifest } from "../corpus/index.js";
import { CORPUS_DIR, DB_FILE } from "../defaults.js";
import {
  openDatabase,
  readDocuments,
  type DocumentRow,
} from "../store/index.js";
import { runCommand, UsageError } from "./fatal.js";
import { formatTable } from "../report/index.js";
import { examplesOf } from "./examples.js";

/** Documents of the database by path; empty when there is no database yet. */
function scannedDocuments(dbFile: string): Map<string, DocumentRow> {
  if (!existsSync(dbFile)) return new Map();
  const db = openDatabase(dbFile, { mustExist: true });
  try {
    return new Map(readDocuments(db).map((r) => [r.document, r]));
  } finally {
    db.close();
  }
}

/** `corpus list`: each plan (id, name, region), then its documents with role, pages and status. */
function listCorpus(corpusDir: string, dbFile: string, json: boolean): string {
  const corpus = loadCorpus(resolve(corpusDir));
  const scanned = scannedDocuments(dbFile);
  const plans = corpus.plans.map((plan) => ({
    ...plan,
    documents: corpus.docs
      .filter((d) => d.planId === plan.id)
      .map((d) => {
        const row = scanned.get(d.path);
        return {
          document: d.path,
          role: d.role,
          pages: row?.pages ?? null,
          status: row?.status ?? "not scanned",
        };
      }),
  }));
  if (json) return `${JSON.stringify(plans, null, 2)}\n`;
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
    (argv) =>
      runCommand(() => {
        if (argv.action === "quality") {
          const db = openExisting(argv.db);
          try {
            const docs = readQuality(db);
            process.stdout.write(
              argv.json
                ? `${JSON.stringify(docs, null, 2)}\n`
                : renderQuality(docs),
            );
          } finally {
            db.close();
          }
          return;
        }
        if (!existsSync(argv.corpus))
          throw new CorpusError(
            `${resolve(argv.corpus)}: corpus folder not found; pass the folder that holds manifest.csv and plans/ (--corpus)`,
          );
        if (argv.action === "list") {
          process.stdout.write(listCorpus(argv.corpus, argv.db, argv.json));
          return;
        }
        if (argv.action === "repair") {
          const root = resolve(argv.corpus);
          let release;
          try {
            release = lockCorpus(root);
          } catch (error) {
            if (error instanceof CorpusBusyError)
              throw new UsageError(error.message);
            throw error;
          }
          try {
            const done = undoInterruptedAdd(
              root,
              new Set((readManifest(root)?.rows ?? []).map((r) => r.path)),
            );
            process.stdout.write(
              done.length === 0
                ? "nothing to repair\n"
                : `${done.join("\n")}\n`,
            );
          } finally {
            release();
          }
          return;
        }
        const check = checkCorpus(argv.corpus, argv.db);
        for (const line of check.disagreements)
          process.stdout.write(`${line}\n`);
        if (check.disagreements.length === 0)
          process.stdout.write(`corpus agrees: ${check.documents} documents\n`);
        else {
          process.stdout.write(
            `${check.disagreements.length} ${check.disagreements.length === 1 ? "disagreement" : "disagreements"}\n`,
          );
          process.exitCode = 1;
        }
      }, argv.db),
  );
}
