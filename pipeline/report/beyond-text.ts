import type { BroadFigure, EarlierDraw, Elusion } from "../audit/index.js";
import type { Coded } from "../curate/index.js";
import type { CandidateRanking } from "../explore/store/index.js";
import { counted } from "../plural.js";
import { describePercent, type ElusionFigures } from "../stats/index.js";
import type { beyondTables } from "../store/index.js";
import { forTerminal } from "../terminal-text.js";
import { formatTable } from "./format-table.js";

// What `code` and `elusion` print, and the lines `stats` adds for them: beyond the words (spec v2.1 points 4 and 5).

/** "social value" for the concept social-value: a concept id read as words. */
export const conceptWords = (concept: string) => concept.replace(/-/g, " ");

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * The broad statistic in one line: "broad: 3 of 14 fully read plans (21.4%; 95% interval ...) discuss social value:
 * headline mentions not rejected, plus 5 coded passages; beyond the headline figure: a, b".
 */
export function describeBroad(b: BroadFigure): string {
  const atLeast =
    b.threshold === 1 ? "" : ` (at least ${b.threshold} mentions or passages)`;
  const beyond =
    b.plansBeyondHeadline.length === 0
      ? "no plan beyond the headline figure"
      : `beyond the headline figure: ${b.plansBeyondHeadline.join(", ")}`;
  return (
    `broad: ${b.numerator} of ${b.denominator} fully read plans (${describePercent(b)}) discuss ${conceptWords(b.concept)}${atLeast}: ` +
    `headline mentions not rejected, plus ${counted(b.codedPassages, "coded passage")}; ${beyond}`
  );
}

/** What `code` did: the passage coded (or withdrawn), where and by whom, then the broad line. */
export function renderCoded(
  coded: Coded,
  broad: BroadFigure,
  withdrawn: boolean,
): string {
  const p = coded.passage;
  const which =
    coded.occurrences === 1
      ? ""
      : ` (occurrence ${coded.occurrence} of ${coded.occurrences})`;
  const what = `${p.document} page ${p.page}${which} under ${p.concept}${p.code === null ? "" : ` (code ${p.code})`}`;
  const surface = p.surface.replace(/\s+/g, " ");
  return forTerminal(
    `${withdrawn ? "withdrew the coded passage" : "coded"} ${what} by ${p.auditor}: "${surface}" (mention ${p.mentionId})\n${describeBroad(broad)}\n`,
  );
}

/** The line saying how many coded passages stand on files that changed since they were coded; none when none do. */
export function renderWaitingPassages(
  waiting: readonly beyondTables.CodedPassage[],
): string {
  if (waiting.length === 0) return "";
  const documents = [...new Set(waiting.map((p) => p.document))];
  return forTerminal(
    `${counted(waiting.length, "coded passage")} on a file that changed since (${documents.join(", ")}): counted nowhere until coded again\n`,
  );
}

/** "0.0%-11.6%", or "n/a" before any page is judged. */
const intervalText = (f: ElusionFigures) =>
  f.interval === null
    ? "n/a"
    : `${percent(f.interval.low)}-${percent(f.interval.high)}`;

/**
 * The elusion figures in one line: the draw, the "yes" pages of those judged with their rate and its exact 95%
 * interval, then the pages of the frame nobody judged and how many of them may still discuss the concept at most
 * (the interval's upper end times those pages, shown as that product).
 */
export function describeElusion(
  draw: Pick<beyondTables.ElusionDraw, "drawId" | "seed" | "concept">,
  f: ElusionFigures,
  earlier: readonly EarlierDraw[] = [],
): string {
  const head = `elusion (draw ${draw.drawId}, seed ${draw.seed})`;
  // A draw made again is said in the figure's own line: the figures are the latest draw's only.
  const again =
    earlier.length === 0
      ? ""
      : `; ${counted(earlier.length, "earlier draw")} set aside (stp-scan elusion lists them)`;
  if (f.pagesJudged === 0 || f.rate === null || f.interval === null)
    return `${head}: ${counted(f.pagesDrawn, "page")} drawn of ${f.pagesInFrame}, none judged yet (stp-scan elusion judge)${again}`;
  return (
    `${head}: ${f.yesPages} of ${counted(f.pagesJudged, "page")} judged discuss ${conceptWords(draw.concept)} ` +
    `(${percent(f.rate)}; exact 95% interval ${intervalText(f)}); of the ${counted(f.pagesNotJudged, "page")} not judged, ` +
    `at most ${Math.ceil(f.missedPagesUpperBound ?? 0)} may still (${f.interval.high.toFixed(3)} x ${f.pagesNotJudged})${again}`
  );
}

/** The plans a "yes" page moved (or would, once coded), one line. */
function movedLine(f: ElusionFigures): string {
  if (f.plansMoved.length === 0) return "no page judged yes";
  return `plans with a yes page: ${f.plansMoved
    .map(
      (m) =>
        `${m.plan} (${counted(m.yesPages.length, "yes page")}, ${m.coded} coded; ${m.countsNow ? "counts now" : "does not count yet: code the passage"})`,
    )
    .join(", ")}`;
}

/** The draws before the latest, one line each with what their pages were answered; "" when there were none. */
function earlierLines(earlier: readonly EarlierDraw[]): string {
  if (earlier.length === 0) return "";
  const lines = earlier.map(
    (d) =>
      `  draw ${d.drawId} (seed ${d.seed}, by ${d.auditor} at ${d.drawnAt}): ${counted(d.pagesDrawn, "page")} drawn, ${d.pagesJudged} judged, ${d.yesPages} yes`,
  );
  return `earlier draws, not in the figures above (they are the latest draw's):\n${lines.join("\n")}\n`;
}

/** `elusion`: the draw's figures, the plans a yes moved, then each page with its answer. */
export function renderElusion(e: Elusion | null): string {
  if (e === null)
    return "no elusion draw yet: stp-scan elusion draw --size N --seed S\n";
  const f = e.figures;
  const table = formatTable(
    ["item", "plan", "document", "page", "answer", "coded", "note"],
    e.pages.map((p) => [
      p.item,
      p.plan,
      p.document,
      p.page,
      p.answer ?? "-",
      p.isCoded ? "yes" : "",
      p.note ?? "",
    ]),
  );
  return forTerminal(
    `${describeElusion(e.draw, f, e.earlierDraws)}\n${movedLine(f)}\nframe: ${counted(f.pagesInFrame, "page")} with text of the plans that did not count when drawn (threshold ${e.draw.threshold}), by ${e.draw.auditor} at ${e.draw.drawnAt}\n${earlierLines(e.earlierDraws)}\n${table}\n`,
  );
}

/** `elusion draw`: what was drawn, then the pages in the order drawn. */
export function renderDraw(
  draw: beyondTables.ElusionDraw,
  items: readonly beyondTables.ElusionItem[],
): string {
  const fewer =
    items.length < draw.size
      ? ` (the frame holds only ${counted(draw.frame.length, "page")})`
      : "";
  const table = formatTable(
    ["item", "plan", "document", "page"],
    items.map((i) => [i.item, i.plan, i.document, i.page]),
  );
  return forTerminal(
    `draw ${draw.drawId}: ${counted(items.length, "page")} drawn at random (seed ${draw.seed}) from ${counted(draw.frame.length, "page")} with text of the plans that do not count${fewer}; judge each: stp-scan elusion judge <item> yes|no\n\n${table}\n`,
  );
}

/** `candidates`: what the ranking resembles, then one row per page, best first, with the words it shares. */
export function renderCandidates(
  ranking: CandidateRanking,
  concept: string,
  limit: number,
): string {
  const shown =
    limit === 0 ? ranking.candidates : ranking.candidates.slice(0, limit);
  const table = formatTable(
    ["rank", "plan", "document", "page", "score", "shared words", "passage"],
    shown.map((c, i) => [
      i + 1,
      c.plan,
      c.document,
      c.page,
      c.score.toFixed(1),
      c.words.join(" "),
      c.snippet,
    ]),
  );
  return forTerminal(
    `pages of plans with no headline mention most like the passages on ${conceptWords(concept)} (${ranking.basis}); ${counted(ranking.pagesRanked, "page")} ranked, ${ranking.candidates.length} share words with them\n\n${table}\n`,
  );
}

/** `candidates --json`. */
export function candidatesJson(
  ranking: CandidateRanking,
  concept: string,
  limit: number,
) {
  const shown =
    limit === 0 ? ranking.candidates : ranking.candidates.slice(0, limit);
  return {
    concept,
    basis: ranking.basis,
    pagesRanked: ranking.pagesRanked,
    candidates: shown.map((c, i) => ({ rank: i + 1, ...c })),
  };
}

/** `elusion judge`: the answer stored, for which page and by whom. */
export function renderJudged(
  judgement: beyondTables.ElusionJudgement,
  item: beyondTables.ElusionItem,
): string {
  const what =
    judgement.answer === "withdrawn"
      ? "took back the answer for"
      : `answered ${judgement.answer} for`;
  return forTerminal(
    `${what} item ${item.item}: ${item.document} page ${item.page} (auditor ${judgement.auditor})\n`,
  );
}

/**
 * The lines a bundle's figure adds beyond the words (`bundle`, `verify`): its broad statistic once a passage is
 * coded, and its elusion figures once a draw is made; none for a bundle without them.
 */
export function describeBundledBeyond(
  statistic: Readonly<Record<string, unknown>>,
): string {
  const broad = statistic["broad"] as BroadFigure | undefined;
  const elusion = statistic["elusion"] as
    | (ElusionFigures &
        Pick<beyondTables.ElusionDraw, "drawId" | "seed" | "concept"> & {
          earlierDraws?: readonly EarlierDraw[];
        })
    | null
    | undefined;
  const lines = [
    ...(broad === undefined || broad.codedPassages === 0
      ? []
      : [describeBroad(broad)]),
    ...(elusion == null
      ? []
      : [describeElusion(elusion, elusion, elusion.earlierDraws ?? [])]),
  ];
  return lines.map((l) => `  ${l}\n`).join("");
}
