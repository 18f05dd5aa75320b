import type { Argv } from "yargs";
import { CORPUS_DIR, DB_FILE, JOBS, THRESHOLD_MENTIONS } from "../defaults.js";
import { scanCorpus } from "../scan.js";
import { computeShare } from "../stats/index.js";
import { openDatabase, readPlanCounts, readPlanSizes } from "../store/index.js";
import { runCommand } from "./fatal.js";
import { renderStatistic } from "./render-statistic.js";

/** `stp-scan scan [--corpus DIR] [--db FILE] [--lexicon FILE] [--threshold N] [--jobs N] [--quiet]` */
export function scanCommand(yargs: Argv): Argv {
  return yargs.command(
    "scan",
    "Scan a corpus of plan PDFs, store every mention, print the statistic",
    (y) =>
      y
        .option("corpus", {
          type: "string",
          default: CORPUS_DIR,
          describe: "Corpus folder (manifest.csv, plans/)",
        })
        .option("db", {
          type: "string",
          default: DB_FILE,
          describe: "SQLite database to write",
        })
        .option("lexicon", {
          type: "string",
          describe:
            "Lexicon CSV [default: <corpus>/lexicon.csv, else lexicon v1]",
        })
        .option("threshold", {
          type: "number",
          default: THRESHOLD_MENTIONS,
          describe: "Headline mentions a plan needs",
        })
        .option("jobs", {
          type: "number",
          default: JOBS,
          describe: "Documents read at once",
        })
        .option("quiet", {
          type: "boolean",
          default: false,
          describe: "Print only the headline line",
        }),
    (argv) =>
      runCommand(async () => {
        const showProgress = process.stderr.isTTY && !argv.quiet;
        const started = Date.now();
        const summary = await scanCorpus({
          corpus: argv.corpus,
          db: argv.db,
          lexicon: argv.lexicon ?? null,
          jobs: argv.jobs,
          onNotice: (line) =>
            process.stderr.write(`${showProgress ? "\r\x1b[K" : ""}${line}\n`),
          onProgress: (done, total, pages) => {
            if (showProgress)
              process.stderr.write(
                `\r\x1b[Kscanning: ${done}/${total} documents, ${pages} pages`,
              );
          },
        });
        if (showProgress) process.stderr.write("\r\x1b[K");
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        process.stderr.write(
          `scanned ${summary.results.length} documents, ${summary.pages} pages, ${summary.mentions} mentions in ${seconds} s` +
            ` (lexicon ${summary.lexiconPath}) into ${argv.db}\n`,
        );
        const db = openDatabase(argv.db);
        try {
          const stat = computeShare(readPlanCounts(db), argv.threshold);
          const text = renderStatistic(stat, readPlanSizes(db));
          process.stdout.write(
            argv.quiet ? (text.trimEnd().split("\n").pop() ?? "") + "\n" : text,
          );
        } finally {
          db.close();
        }
      }),
  );
}
