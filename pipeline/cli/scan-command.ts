import type { Argv } from "yargs";
import { scanCorpus, type ScanSummary } from "../scan/index.js";
import { figureOf } from "../audit/index.js";
import {
  renderHeadline,
  renderScanJson,
  renderScanLine,
  renderScanOutcome,
} from "../report/index.js";
import { openDatabase, readOcrFigures } from "../store/index.js";
import { runCommand } from "./fatal.js";
import { ProgressLine } from "./progress.js";
import { stopOnSignals } from "./stop-on-signals.js";
import { examplesOf } from "./examples.js";
import { dbOption, jsonOption, READING_OPTIONS } from "./options.js";
import { readingOptionsOf, type ReadingArgs } from "./option-values.js";
import { forTerminal } from "../terminal-text.js";

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
      const { maxRSS } = process.resourceUsage();
      process.stdout.write(
        renderScanJson(summary, figure, { seconds, maxRssKb: maxRSS }),
      );
      return;
    }
    if (!argv.quiet)
      process.stderr.write(
        forTerminal(renderScanLine(summary, seconds, argv.db)),
      );
    // Text lines carry file, plan and database names: shown safe for a terminal (the JSON keeps them as they are).
    process.stdout.write(
      forTerminal(
        argv.quiet
          ? renderHeadline(figure)
          : renderScanOutcome(summary, figure, readOcrFigures(db)),
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
