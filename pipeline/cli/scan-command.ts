import type { Argv } from "yargs";
import { scanCorpus, type ScanSummary } from "../scan/index.js";
import { figureOf } from "../audit/index.js";
import { renderFigure, renderHeadline } from "../report/index.js";
import { figureJson, summariseOcr, type Figure } from "../stats/index.js";
import { openDatabase, readOcrFigures, type Db } from "../store/index.js";
import type { Statistic } from "../types.js";
import { runCommand } from "./fatal.js";
import { ProgressLine } from "./progress.js";
import { stopOnSignals } from "./stop-on-signals.js";
import { renderChanges } from "./render-changes.js";
import { examplesOf } from "./examples.js";
import { dbOption, jsonOption, READING_OPTIONS } from "./options.js";
import { readingOptionsOf, type ReadingArgs } from "./option-values.js";
import { counted } from "../plural.js";
import { forTerminal } from "../terminal-text.js";

/** What OCR contributed, the line under the table (as `stats` prints it), or nothing with OCR off. */
const ocrLine = (db: Db, stat: Statistic) => {
  const line = summariseOcr(readOcrFigures(db), stat).line;
  return line === null ? "" : `${line}\n`;
};

/** The options of `scan`, in the order --help lists them. */
const SCAN_OPTIONS = {
  db: dbOption("write"),
  lexicon: {
    type: "string",
    describe:
      "Lexicon CSV; default: back to <corpus>/lexicon.csv, else lexicon v1 [default: the database's, else default]",
  },
  ...READING_OPTIONS,
  force: {
    type: "boolean",
    default: false,
    describe: "Read every document again",
  },
  json: jsonOption("the outcome"),
  quiet: {
    type: "boolean",
    default: false,
    describe: "Print only the headline line",
  },
} as const;

/** The options of `scan` as yargs gives them. */
type ScanArgs = ReadingArgs & {
  readonly db: string;
  readonly lexicon: string | undefined;
  readonly force: boolean;
  readonly json: boolean;
  readonly quiet: boolean;
};

/** Progress only where a person watches: both streams on a terminal, not in CI or a pipe. */
function progressLineFor(argv: ScanArgs): ProgressLine {
  return new ProgressLine(
    process.stderr,
    Boolean(process.stdout.isTTY && process.stderr.isTTY) &&
      !argv.quiet &&
      !argv.json &&
      !process.env.CI,
  );
}

/** Scans the corpus as the command line asks, with progress on `progress`. */
function scan(
  argv: ScanArgs,
  progress: ProgressLine,
  signal: AbortSignal,
): Promise<ScanSummary> {
  return scanCorpus({
    ...readingOptionsOf(argv),
    db: argv.db,
    ...(argv.lexicon === undefined ? {} : { lexicon: argv.lexicon }),
    force: argv.force,
    onNotice: (line) => progress.notice(line),
    onProgress: (p) => progress.update(p),
    signal,
  });
}

/** The outcome of a scan as `--json` prints it. */
function renderScanJson(
  summary: ScanSummary,
  seconds: number,
  figure: Figure,
): string {
  const out = {
    runId: summary.runId,
    seconds,
    workers: summary.workers,
    documents: summary.results.length,
    pagesRead: summary.pagesRead,
    ocrPagesRead: summary.ocrPagesRead,
    mentions: summary.mentions,
    lexicon: summary.lexiconPath,
    settings: summary.project,
    warnings: summary.warnings.map((w) => w.reason),
    problems: summary.results
      .filter((r) => r.error !== null)
      .map((r) => ({
        document: r.doc.path,
        status: r.status,
        reason: r.error,
      })),
    changes: summary.changes,
    statistic: figureJson(figure),
    maxRssKb: process.resourceUsage().maxRSS,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The one line on stderr that says what the scan read and where it wrote. */
function scannedLine(
  summary: ScanSummary,
  seconds: number,
  db: string,
): string {
  return (
    `scanned ${counted(summary.results.length, "document")} (${counted(summary.pagesRead, "page")} read by ${counted(summary.workers, "worker")}), ` +
    `${counted(summary.mentions, "mention")}, in ${seconds.toFixed(1)} s; lexicon ${summary.lexiconPath}; database ${db}\n`
  );
}

/** Prints the outcome of a scan: JSON, the headline alone, or the statistic and what changed. */
function printOutcome(
  argv: ScanArgs,
  summary: ScanSummary,
  seconds: number,
): void {
  const db = openDatabase(argv.db);
  try {
    const figure = figureOf(db, argv.db, summary.project.threshold);
    if (argv.json) {
      process.stdout.write(renderScanJson(summary, seconds, figure));
      return;
    }
    if (!argv.quiet)
      process.stderr.write(forTerminal(scannedLine(summary, seconds, argv.db)));
    // Text lines carry file, plan and database names: shown safe for a terminal (the JSON keeps them as they are).
    process.stdout.write(
      forTerminal(
        argv.quiet
          ? renderHeadline(figure)
          : `${renderFigure(figure)}${ocrLine(db, figure.statistic)}\n${renderChanges(summary.changes)}`,
      ),
    );
  } finally {
    db.close();
  }
}

/**
 * `stp-scan scan [--corpus DIR] [--db FILE] [--lexicon FILE] [--threshold N] [--jobs N] [--timeout S]
 * [--max-memory MB] [--force] [--ocr auto|off] [--ocr-min-words N] [--ocr-min-confidence N] [--json] [--quiet]`
 */
export function scanCommand(yargs: Argv): Argv {
  return yargs.command(
    "scan",
    "Scan a corpus of plan PDFs, store every mention, print the statistic and what changed",
    (y) => y.example(examplesOf("scan")).options(SCAN_OPTIONS),
    (argv) =>
      runCommand(async () => {
        const progress = progressLineFor(argv);
        const started = Date.now();
        const summary = await stopOnSignals(
          (signal) => scan(argv, progress, signal),
          () => progress.clear(),
        );
        if (summary === null) return;
        progress.clear();
        printOutcome(argv, summary, (Date.now() - started) / 1000);
      }, argv.db),
  );
}
