import type { BroadFigure, Elusion } from "../audit/index.js";
import { counted } from "../plural.js";
import { intervalOf } from "../stats/index.js";
import type { beyondTables } from "../store/index.js";
import { conceptWords } from "./beyond-text.js";
import { escapeHtml as e } from "./escape.js";

/** What the report says beyond the words (spec v2.1 points 4 and 5). */
export type BeyondReport = {
  readonly broad: BroadFigure;
  /** The coded passages that stand, with their plans, in corpus order. */
  readonly coded: readonly (beyondTables.CodedPassage & {
    readonly plan: string;
  })[];
  readonly elusion: Elusion | null;
};

const pct = (x: number | null) =>
  x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;

/** The broad statistic beside the headline one, and the passages it adds. */
function broadPart(b: BroadFigure, coded: BeyondReport["coded"]): string {
  const words = conceptWords(b.concept);
  const ci = intervalOf(b);
  const interval =
    ci === null
      ? ""
      : ` (95% Wilson interval ${pct(ci.low)} to ${pct(ci.high)})`;
  const beyond =
    b.plansBeyondHeadline.length === 0
      ? "No plan counts only because of a coded passage."
      : `Counted only because of coded passages: ${b.plansBeyondHeadline.map(e).join(", ")}.`;
  const list =
    coded.length === 0
      ? "<p>No passage has been coded yet: <code>stp-scan candidates</code> lists the pages to read first, <code>stp-scan code</code> codes a passage.</p>"
      : `<ol>${coded.map((c) => `<li><blockquote>${e(c.surface.replace(/\s+/g, " "))}</blockquote><p class="cite">${e(c.plan)} · ${e(c.document)}, page ${c.page} · ${e(c.concept)} · coded by ${e(c.auditor)} at ${e(c.codedAt)}: ${e(c.note)} · <code>${e(c.mentionId)}</code></p></li>`).join("\n")}</ol>`;
  return `<p class="big"><strong>${pct(b.share)}</strong> — ${b.numerator} of ${b.denominator} fully read plans discuss ${e(words)}${e(interval)}: their headline mentions not rejected, plus ${counted(b.codedPassages, "passage")} an analyst coded where the plan says it in other words.</p>
<p>The headline figure above stays lexical: a coded passage never changes it. ${beyond}</p>
${list}`;
}

/** The elusion check, or how to make one. */
function elusionPart(elusion: Elusion | null): string {
  if (elusion === null)
    return "<p>No elusion check has been made. <code>stp-scan elusion draw --size N --seed S</code> draws pages at random from the plans that do not count; judging them bounds how many pages the lexicon and the coded passages still miss (docs/auditing.md).</p>";
  const f = elusion.figures;
  const d = elusion.draw;
  const rate =
    f.rate === null || f.interval === null
      ? "No drawn page has been judged yet."
      : `${f.yesPages} of ${counted(f.pagesJudged, "page")} judged discuss ${e(conceptWords(d.concept))} (${pct(f.rate)}; exact Clopper-Pearson 95% interval ${pct(f.interval.low)} to ${pct(f.interval.high)}). Of the ${counted(f.pagesNotJudged, "page")} of the frame nobody judged, at most ${Math.ceil(f.missedPagesUpperBound ?? 0)} may still discuss it (the interval's upper end times those pages; about ${Math.round(f.missedPagesEstimate ?? 0)} at the observed rate).`;
  const moved =
    f.plansMoved.length === 0
      ? ""
      : `<p>Plans with a “yes” page: ${f.plansMoved.map((m) => `${e(m.plan)} (${counted(m.yesPages.length, "page")}; ${m.countsNow ? "counts now" : "not counted yet: its passage is not coded"})`).join(", ")}.</p>`;
  const earlier =
    elusion.earlierDraws.length === 0
      ? `<p>No other draw was made.</p>`
      : `<p>${counted(elusion.earlierDraws.length, "earlier draw")} set aside (the figures above are draw ${d.drawId}'s only): ${elusion.earlierDraws.map((x) => `draw ${x.drawId} (seed ${x.seed}, by ${e(x.auditor)} at ${e(x.drawnAt)}): ${counted(x.pagesDrawn, "page")} drawn, ${x.pagesJudged} judged, ${x.yesPages} “yes”`).join("; ")}.</p>`;
  return `<p>Draw ${d.drawId} (seed ${d.seed}, by ${e(d.auditor)} at ${e(d.drawnAt)}): ${counted(f.pagesDrawn, "page")} drawn at random, every page equally likely, from the ${counted(f.pagesInFrame, "page")} with text of the fully read plans that did not count when it was made (threshold ${d.threshold}). ${rate}</p>
${moved}
${earlier}`;
}

/** The report's section beyond the words: the broad statistic with its coded passages, then the elusion check. */
export function renderBeyondSection(b: BeyondReport): string {
  return `<section id="beyond"><h2>Beyond the words: plans that discuss ${e(conceptWords(b.broad.concept))} in other words, and what may still be missed</h2>
${broadPart(b.broad, b.coded)}
<h3>What the lexicon and the coded passages may still miss (elusion)</h3>
${elusionPart(b.elusion)}</section>`;
}
