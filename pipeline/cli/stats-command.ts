import type { Argv } from "yargs";
import { DB_FILE } from "../defaults.js";
import {
  auditedStatisticOf,
  codeCountsOf,
  sensitivityOf,
  type CodeCount,
} from "../audit/index.js";
import {
  summariseOcr,
  wilsonInterval,
  type AuditedStatistic,
  type RuleOutcome,
} from "../stats/index.js";
import {
  readOcrFigures,
  readStandingDeclarations,
  readPlanSizes,
  type Db,
} from "../store/index.js";
import type { Statistic } from "../types.js";
import { runCommand } from "./fatal.js";
import { forTerminal } from "../terminal-text.js";
import { openExisting } from "./output.js";
import { renderStatistic, shortShare } from "./render-statistic.js";
import { figureJson, figureOf, renderFigure } from "./figure.js";
import { thresholdFor, whereOf } from "./project-of.js";
import { THRESHOLD_OPTION } from "./reading-options.js";
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
  threshold: THRESHOLD_OPTION,
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
  readonly db: string;
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
        const db = openExisting(argv.db, "reads");
        try {
          const asked = {
            ...argv,
            threshold: thresholdFor(db, argv.threshold),
          };
          const out = asked.sensitivity
            ? sensitivityOutput(db, asked)
            : countIn !== undefined && !asked.audited
              ? countedInOutput(db, asked, countIn)
              : asked.audited
                ? auditedOutput(db, asked, countIn)
                : plainOutput(db, asked);
          // JSON keeps names as they are; text lines are shown safe for a terminal.
          process.stdout.write(asked.json ? out : forTerminal(out));
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
  const of = whereOf(db, argv.db);
  return argv.json
    ? `${JSON.stringify({ ...stat, audited: false, interval: intervalOf(stat), countIn: [...countIn] }, null, 2)}\n`
    : renderStatistic(stat, readPlanSizes(db), { audited: false, of });
}

/** `--audited`: rejected mentions left out, with the verdict counts and how far the share can still move. */
function auditedOutput(
  db: Db,
  argv: StatsArgs,
  countIn: ReturnType<typeof locationsOption>,
): string {
  const audited = auditedStatisticOf(db, argv.threshold, { countIn });
  const codes = codeCountsOf(db, countIn);
  const of = whereOf(db, argv.db);
  const data = {
    ...audited.statistic,
    audited: true,
    interval: intervalOf(audited.statistic),
    database: argv.db,
    verdicts: audited.counts,
    lowest: shareOf(audited.lowest),
    highest: shareOf(audited.highest),
    plansThatCanChange: audited.plansThatCanChange,
    codes,
  };
  return argv.json
    ? `${JSON.stringify(data, null, 2)}\n`
    : `${renderStatistic(audited.statistic, readPlanSizes(db), { audited: true, of })}${renderAuditedLines(audited)}${reasonsLine(codes)}`;
}

/** The judged mentions by reason, one line; none when nothing is judged. */
function reasonsLine(codes: readonly CodeCount[]): string {
  const of = (verdict: CodeCount["verdict"]) =>
    codes
      .filter((c) => c.verdict === verdict)
      .map((c) => `${c.mentions} ${c.code ?? "without a reason"}`)
      .join(", ");
  const parts = (["accepted", "rejected"] as const)
    .map((v) => [v, of(v)] as const)
    .filter(([, text]) => text !== "")
    .map(([v, text]) => `${v} ${text}`);
  return parts.length === 0
    ? ""
    : `reasons: ${parts.join("; ")} (stp-scan audit codes)\n`;
}

/** The statistic as the scan left it, with what OCR contributed and the pages analysts declared read. */
function plainOutput(db: Db, argv: StatsArgs): string {
  const figure = figureOf(db, argv.db, argv.threshold);
  // What OCR contributed, as data (`ocr` in --json) and as the line under the table.
  const ocr = summariseOcr(readOcrFigures(db), figure.statistic);
  const declared = readStandingDeclarations(db).length;
  return argv.json
    ? `${JSON.stringify({ ...figureJson(figure), ocr: ocr.data, pagesDeclaredRead: declared }, null, 2)}\n`
    : `${renderFigure(figure)}${ocr.line === null ? "" : `${ocr.line}\n`}${declaredLine(declared)}`;
}

const intervalOf = (s: Statistic) => wilsonInterval(s.numerator, s.denominator);

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
/** The lines `stats --audited` adds: verdict counts, the range the statistic can still take, open plans. */
function renderAuditedLines(a: AuditedStatistic): string {
  const c = a.counts;
  return [
    `audited: ${c.accepted} accepted, ${c.rejected} rejected (left out), ${c.pending} pending, ${c.disputed} disputed mentions`,
    rangeLine(a),
    a.plansThatCanChange.length === 0
      ? "no plan's outcome depends on open mentions"
      : `plans whose outcome can still change: ${a.plansThatCanChange.map((p) => `${p.plan} (${p.accepted} accepted, ${p.open} open)`).join(", ")}`,
    "",
  ].join("\n");
}

/**
 * How far open mentions can still move the audited figure; when they cannot move it (no plan's yes/no rests on
 * them), it says so rather than give a range from a figure to itself.
 */
function rangeLine(a: AuditedStatistic): string {
  const open = a.counts.pending + a.counts.disputed;
  if (open === 0) return "every mention is judged: the audited figure is final";
  if (a.lowest.numerator === a.highest.numerator)
    return `the ${open} open mentions cannot change the figure: no plan's yes/no rests on them alone`;
  return `the statistic can still range from ${shortShare(a.lowest)} (every open mention rejected) to ${shortShare(a.highest)} (every open mention accepted)`;
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
