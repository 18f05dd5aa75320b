import type { Argv } from "yargs";
import { DB_FILE, THRESHOLD_MENTIONS } from "../defaults.js";
import { auditedStatisticOf, sensitivityOf } from "../audit/index.js";
import {
  computeShare,
  summariseOcr,
  type AuditedStatistic,
  type RuleOutcome,
} from "../stats/index.js";
import {
  readOcrFigures,
  readPlanCounts,
  readStandingDeclarations,
  readPlanSizes,
  type Db,
} from "../store/index.js";
import type { Statistic } from "../types.js";
import { runCommand } from "./fatal.js";
import { openExisting } from "./output.js";
import { renderStatistic } from "./render-statistic.js";
import { examplesOf } from "./examples.js";
import { locationsOption, LOCATION_HELP } from "./location-option.js";
import { formatTable } from "../report/index.js";

/** The options of `stats`, in the order --help lists them. */
const STATS_OPTIONS = {
  db: {
    type: "string",
    default: DB_FILE,
    describe: "SQLite database to read",
  },
  threshold: {
    type: "number",
    default: THRESHOLD_MENTIONS,
    describe: "Headline mentions a plan needs",
  },
  json: {
    type: "boolean",
    default: false,
    describe: "Print the statistic as JSON, for another program",
  },
  audited: {
    type: "boolean",
    default: false,
    describe: "Leave out rejected mentions; show what is still open",
  },
  "count-in": {
    type: "string",
    describe: `Count only mentions in these locations (default: all). ${LOCATION_HELP}`,
  },
  sensitivity: {
    type: "boolean",
    default: false,
    describe:
      "The statistic under each counting rule (all; without running and contents; without references too; body text only) and the plans that flip",
  },
} as const;

/** What `stats` was asked for. */
type StatsArgs = {
  readonly threshold: number;
  readonly json: boolean;
  readonly audited: boolean;
};

/** `stp-scan stats [--db FILE] [--threshold N] [--audited] [--count-in LOCATIONS] [--sensitivity] [--json]` */
export function statsCommand(yargs: Argv): Argv {
  return yargs.command(
    "stats",
    "Print the statistic from a scanned database",
    (y) => y.example(examplesOf("stats")).options(STATS_OPTIONS),
    (argv) =>
      runCommand(() => {
        const countIn = locationsOption("--count-in", argv.countIn);
        const db = openExisting(argv.db);
        try {
          process.stdout.write(
            argv.sensitivity
              ? sensitivityOutput(db, argv)
              : countIn !== undefined && !argv.audited
                ? countedInOutput(db, argv, countIn)
                : argv.audited
                  ? auditedOutput(db, argv, countIn)
                  : plainOutput(db, argv),
          );
        } finally {
          db.close();
        }
      }, argv.db),
  );
}

/** `--sensitivity`: one line per counting rule. */
function sensitivityOutput(db: Db, argv: StatsArgs): string {
  const rules = sensitivityOf(db, argv.threshold, {
    ignoreVerdicts: !argv.audited,
  });
  return argv.json
    ? `${JSON.stringify({ threshold: argv.threshold, audited: argv.audited, rules }, null, 2)}\n`
    : renderSensitivity(rules);
}

/** `--count-in` without `--audited`: the share counting only mentions in those locations. */
function countedInOutput(
  db: Db,
  argv: StatsArgs,
  countIn: NonNullable<ReturnType<typeof locationsOption>>,
): string {
  const stat = auditedStatisticOf(db, argv.threshold, {
    countIn,
    ignoreVerdicts: true,
  }).statistic;
  return argv.json
    ? `${JSON.stringify({ ...stat, countIn: [...countIn] }, null, 2)}\n`
    : renderStatistic(stat, readPlanSizes(db));
}

/** `--audited`: rejected mentions left out, with the verdict counts and how far the share can still move. */
function auditedOutput(
  db: Db,
  argv: StatsArgs,
  countIn: ReturnType<typeof locationsOption>,
): string {
  const audited = auditedStatisticOf(db, argv.threshold, { countIn });
  const data = {
    ...audited.statistic,
    audited: true,
    verdicts: audited.counts,
    lowest: shareOf(audited.lowest),
    highest: shareOf(audited.highest),
    plansThatCanChange: audited.plansThatCanChange,
  };
  return argv.json
    ? `${JSON.stringify(data, null, 2)}\n`
    : `${renderStatistic(audited.statistic, readPlanSizes(db))}${renderAuditedLines(audited)}`;
}

/** The statistic as the scan left it, with what OCR contributed and the pages analysts declared read. */
function plainOutput(db: Db, argv: StatsArgs): string {
  const stat = computeShare(readPlanCounts(db), argv.threshold);
  // What OCR contributed, as data (`ocr` in --json) and as the line under the table.
  const ocr = summariseOcr(readOcrFigures(db), stat);
  const declared = readStandingDeclarations(db).length;
  return argv.json
    ? `${JSON.stringify({ ...stat, ocr: ocr.data, pagesDeclaredRead: declared }, null, 2)}\n`
    : `${renderStatistic(stat, readPlanSizes(db))}${ocr.line === null ? "" : `${ocr.line}\n`}${declaredLine(declared)}`;
}

/** The line saying how many pages analysts declared read (`corpus accept-pages`); none when there are none. */
const declaredLine = (n: number) =>
  n === 0
    ? ""
    : `${n} ${n === 1 ? "page" : "pages"} declared read by analysts (corpus accept-pages; listed by corpus quality and the report)\n`;

const shareOf = (s: Statistic) => ({
  numerator: s.numerator,
  denominator: s.denominator,
  share: s.share,
});
const percent = (s: Statistic) =>
  `${s.numerator}/${s.denominator} (${s.share === null ? "n/a" : `${(s.share * 100).toFixed(1)}%`})`;

/** The lines `stats --audited` adds: verdict counts, the range the statistic can still take, open plans. */
function renderAuditedLines(a: AuditedStatistic): string {
  const c = a.counts;
  return [
    `audited: ${c.accepted} accepted, ${c.rejected} rejected (left out), ${c.pending} pending, ${c.disputed} disputed mentions`,
    `the statistic can still range from ${percent(a.lowest)} (every open mention rejected) to ${percent(a.highest)} (every open mention accepted)`,
    a.plansThatCanChange.length === 0
      ? "no plan's outcome depends on open mentions"
      : `plans whose outcome can still change: ${a.plansThatCanChange.map((p) => `${p.plan} (${p.accepted} accepted, ${p.open} open)`).join(", ")}`,
    "",
  ].join("\n");
}

const percentOf = (share: number | null) =>
  share === null ? "n/a" : `${(share * 100).toFixed(1)}%`;

/** `stats --sensitivity`: one line per counting rule, then the plans whose yes/no flips under each. */
export function renderSensitivity(rules: readonly RuleOutcome[]): string {
  const table = formatTable(
    ["counting rule", "plans", "of", "share", "95% interval", "flips"],
    rules.map((r) => [
      r.rule,
      r.numerator,
      r.denominator,
      percentOf(r.share),
      r.interval === null
        ? "n/a"
        : `${percentOf(r.interval.low)}-${percentOf(r.interval.high)}`,
      r.flips.length,
    ]),
  );
  const flips = rules
    .filter((r) => r.flips.length > 0)
    .map(
      (r) =>
        `${r.rule}: ${r.flips.map((f) => `${f.plan} (${f.from ? "yes" : "no"} -> ${f.to ? "yes" : "no"})`).join(", ")}`,
    );
  return `${table}\n\n${flips.length === 0 ? "no plan's yes/no changes between the rules" : flips.join("\n")}\n`;
}
