import {
  auditedStatisticOf,
  codeCountsOf,
  broadStatisticOf,
  countedLocations,
  elusionOf,
  figureOf,
  sensitivityOf,
  whereOf,
  type CodeCount,
  type StatisticCount,
} from "../audit/index.js";
import type { AuditedStatistic, RuleOutcome } from "../stats/index.js";
import {
  readOcrFigures,
  readPlanSizes,
  beyondTables,
  declarationTables,
  type Db,
} from "../store/index.js";
import { forTerminal } from "../terminal-text.js";
import {
  describeBroad,
  describeElusion,
  renderWaitingPassages,
} from "./beyond-text.js";
import { formatTable } from "./format-table.js";
import { renderOcrLine } from "./scan-text.js";
import { renderFigure, renderStatistic, shortShare } from "./statistic-text.js";

/** What `stats` is asked for: how to count, or (`sensitivity`) the statistic under each counting rule. */
export type StatsAsked = StatisticCount & { readonly sensitivity: boolean };

/**
 * What `stats` prints (its JSON is statisticJson's): one line per counting rule (`--sensitivity`); the statistic
 * counting only some locations; the audited statistic with the verdicts and how far it can still move; or the
 * figure as scanned, with what OCR contributed and the pages analysts declared read. Read from the database `dbFile`.
 */
export function renderStats(db: Db, dbFile: string, asked: StatsAsked) {
  if (asked.sensitivity)
    return renderSensitivity(
      sensitivityOf(db, asked.threshold, { ignoreVerdicts: !asked.audited }),
    );
  return `${renderCounted(db, dbFile, asked)}${beyondLines(db, asked)}`;
}

/**
 * Beyond the words, under the figure (spec v2.1 points 4 and 5): the broad statistic once a passage is coded (or
 * waits to be coded again), and the latest elusion draw once one is made; nothing before.
 */
function beyondLines(db: Db, asked: StatsAsked): string {
  const waiting = beyondTables.readPassagesOnChangedFiles(db);
  const isCoded = beyondTables.readStandingPassages(db).length > 0;
  const elusion = elusionOf(db);
  const broad =
    isCoded || waiting.length > 0
      ? `${describeBroad(broadStatisticOf(db, asked.threshold, countedLocations(asked)))}\n${renderWaitingPassages(waiting)}`
      : "";
  return forTerminal(
    `${broad}${elusion === null ? "" : `${describeElusion(elusion.draw, elusion.figures, elusion.earlierDraws)}\n`}`,
  );
}

/** The figure as counted: audited, in some locations, or as scanned. */
function renderCounted(db: Db, dbFile: string, asked: StatsAsked): string {
  const countIn = countedLocations(asked);
  if (asked.audited) {
    const a = auditedStatisticOf(db, asked.threshold, { countIn });
    return `${renderStatistic(a.statistic, readPlanSizes(db), { audited: true, of: whereOf(db, dbFile) })}${renderAuditedLines(a)}${reasonsLine(codeCountsOf(db, countIn))}`;
  }
  if (countIn !== undefined) {
    const { statistic } = auditedStatisticOf(db, asked.threshold, {
      countIn,
      ignoreVerdicts: true,
    });
    return renderStatistic(statistic, readPlanSizes(db), {
      audited: false,
      of: whereOf(db, dbFile),
    });
  }
  const figure = figureOf(db, dbFile, asked.threshold);
  const declared = declarationTables.readStandingDeclarations(db).length;
  return `${renderFigure(figure)}${renderOcrLine(readOcrFigures(db), figure)}${declaredLine(declared)}`;
}

/** The line saying how many pages analysts declared read (`corpus accept-pages`); none when there are none. */
const declaredLine = (n: number) =>
  n === 0
    ? ""
    : `${n} ${n === 1 ? "page" : "pages"} declared read by analysts (corpus accept-pages; listed by corpus quality and the report)\n`;

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

/** The judged mentions by the reason of their verdict, one line; none when nothing is judged. */
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
function renderSensitivity(rules: readonly RuleOutcome[]): string {
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
