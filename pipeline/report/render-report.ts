import {
  FLAG_MEANING,
  pageRanges,
  type DocumentQuality,
  type QualityFlag,
} from "../quality/index.js";
import type { declarationTables } from "../store/index.js";
import type { DocumentNote } from "./document-notes.js";
import type { Statistic, Term } from "../types.js";
import { renderChart } from "./chart.js";
import type { PassagePicture } from "./passage-picture.js";
import {
  renderDispersionPlot,
  type DispersionStrip,
} from "./dispersion-plot.js";
import { ocrSection, type OcrReport } from "./ocr-section.js";
import { escapeHtml as e } from "./escape.js";
import { REPORT_CSS, SORT_SCRIPT } from "./report-assets.js";
import { renderSensitivitySection } from "./sensitivity-section.js";
import { renderCodingSection, type CodingReport } from "./coding-section.js";
import { renderBeyondSection, type BeyondReport } from "./beyond-section.js";
import type { RuleOutcome } from "../stats/index.js";
import { counted } from "../plural.js";

/** Everything the report shows, gathered from the database. */
export type ReportData = {
  readonly generatedAt: string;
  readonly toolVersion: string;
  readonly specVersion: string;
  readonly audited: boolean;
  readonly statistic: Statistic;
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** Audited reports: verdict counts and the range the statistic can still take. */
  readonly audit: {
    readonly counts: Readonly<Record<string, number>>;
    readonly lowest: Statistic;
    readonly highest: Statistic;
  } | null;
  /** In an unaudited report: the verdicts recorded so far and the audited figure they give. */
  readonly verdictsSoFar?: {
    readonly counts: Readonly<Record<string, number>>;
    readonly statistic: Statistic;
  } | null;
  readonly plans: readonly {
    readonly plan: string;
    readonly name: string;
    readonly region: string;
    readonly documents: number;
    readonly pages: number;
    readonly headline: number;
    readonly related: number;
    readonly mentions: boolean | null;
    readonly reasons: readonly string[];
  }[];
  readonly passages: readonly {
    readonly plan: string;
    readonly document: string;
    readonly href: string;
    readonly page: number;
    readonly mentionId: string;
    readonly term: string;
    readonly left: string;
    readonly match: string;
    readonly right: string;
    readonly verdict: string;
    /** Where the passage stands in its document. */
    readonly location?: string;
    /** "OCR, confidence 87" for a passage read by OCR, else null. */
    readonly source: string | null;
    /** Its lines as the page shows them, so the report stands without the PDFs; absent: not attempted. */
    readonly picture?: PassagePicture;
  }[];
  readonly apart: readonly {
    readonly plan: string;
    readonly documents: readonly {
      readonly document: string;
      readonly status: string;
      readonly reason: string;
    }[];
  }[];
  readonly lexicon: {
    readonly path: string;
    readonly sha256: string;
    readonly terms: readonly Term[];
  };
  readonly run: {
    readonly runId: number;
    readonly finishedAt: string;
    readonly corpus: string;
    readonly pdfjsVersion: string;
    readonly naturalVersion: string;
    readonly nodeVersion: string;
  };
  readonly documents: readonly {
    readonly plan: string;
    readonly document: string;
    readonly sha256: string | null;
    readonly pages: number | null;
    readonly status: string;
  }[];
  /** Documents with pages whose text looks unreliable. */
  readonly quality: readonly DocumentQuality[];
  /** Where the headline mentions fall in each readable document (the concordance plot). */
  readonly dispersion?: readonly DispersionStrip[];
  /** The statistic under each counting rule. */
  readonly sensitivity?: readonly RuleOutcome[];
  /** Plans whose "yes" rests only on mentions in contents, running lines or references. */
  readonly resting?: readonly string[];
  /** What OCR read (spec v2.0). */
  readonly ocr: OcrReport;
  /** Blank pages, duplicates, near-duplicates and what pdf.js reported, per document (spec v2.1). */
  readonly notes?: readonly DocumentNote[];
  /** The broad statistic, the coded passages and the elusion check (spec v2.1 points 4 and 5). */
  readonly beyond?: BeyondReport;
  /** Documents analysts declared duplicates of others (`corpus declare-duplicate`), standing. */
  readonly duplicateDeclarations?: readonly declarationTables.DuplicateDeclaration[];
  /** The audit's reasons, agreement between auditors and settled disputes. */
  readonly coding?: CodingReport;
};

const pct = (x: number | null) =>
  x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
const yesNo = (m: boolean | null) =>
  m === null ? "reported apart" : m ? "yes" : "no";

/** What an unaudited report says of the verdicts recorded so far, so that it is never taken for the audited figure. */
function verdictsSoFar(v: ReportData["verdictsSoFar"] | null): string {
  const c = v?.counts ?? {};
  const judged = (c.accepted ?? 0) + (c.rejected ?? 0) + (c.disputed ?? 0);
  if (v == null || judged === 0)
    return "No passage has a verdict yet: run <code>stp-scan audit</code> (or <code>stp-scan serve</code>) to judge them.";
  const a = v.statistic;
  return `${counted(judged, "passage has", "passages have")} a verdict (${c.accepted ?? 0} accepted, ${c.rejected ?? 0} rejected, ${c.disputed ?? 0} disputed; ${c.pending ?? 0} pending): audited, the figure is ${a.numerator} of ${a.denominator} (${pct(a.share)}). <code>stp-scan report --audited</code> gives that report.`;
}

function headlineSection(d: ReportData): string {
  const s = d.statistic;
  const words = `${s.numerator} of ${s.denominator} fully read plans mention social value`;
  const ci =
    d.interval === null
      ? ""
      : ` (95% Wilson confidence interval ${pct(d.interval.low)} to ${pct(d.interval.high)})`;
  const audit =
    d.audit === null
      ? `<p class="note">Not audited: every matched passage counts. ${verdictsSoFar(d.verdictsSoFar ?? null)}</p>`
      : `<p class="note">Audited: ${counted(d.audit.counts.accepted ?? 0, "passage")} accepted, ${d.audit.counts.rejected ?? 0} rejected (left out), ${d.audit.counts.pending ?? 0} pending, ${d.audit.counts.disputed ?? 0} disputed. Until every passage is judged the share can range from ${pct(d.audit.lowest.share)} to ${pct(d.audit.highest.share)}.</p>`;
  return `<section id="headline"><h1>Social value in Sustainability and Transformation Plans</h1>
<p class="big"><strong>${pct(s.share)}</strong> — ${e(words)}${e(ci)}; ${d.audit === null ? "unaudited" : "audited"}.</p>
<p>A plan counts when its documents hold at least ${counted(s.threshold, "headline mention")} (social value, the Social Value Act). ${counted(d.apart.length, "plan is", "plans are")} reported apart because a document could not be read; they are not counted as zero.</p>
${audit}</section>`;
}

function planTable(d: ReportData): string {
  const rows = d.plans.map(
    (p) =>
      `<tr class="${p.mentions === null ? "apart" : p.mentions ? "yes" : "no"}"><td>${e(p.name)}<br><small>${e(p.plan)}</small></td><td>${e(p.region)}</td><td class="n">${p.documents}</td><td class="n">${p.pages}</td><td class="n">${p.headline}</td><td class="n">${p.related}</td><td>${yesNo(p.mentions)}${d.resting?.includes(p.plan) === true ? ' <span title="only in contents, running lines or references">†</span>' : ""}</td><td>${e(p.reasons.join("; "))}</td></tr>`,
  );
  return `<section id="plans"><h2>Plans</h2><p class="note screen-only">Click a column heading to sort.</p>
<table class="sortable"><thead><tr><th>Plan</th><th>Region</th><th>Documents</th><th>Pages</th><th>Headline</th><th>Related</th><th>Mentions social value</th><th>Reported apart because</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table></section>`;
}

/** A passage's picture, or the line saying why there is none. */
function pictureOf(x: ReportData["passages"][number]): string {
  const p = x.picture;
  if (p === undefined) return "";
  if (!p.ok)
    return `<p class="no-picture">No picture of the page: ${e(p.problem.reason)}.</p>\n`;
  const { src, width, height } = p.value;
  return `<img class="page-picture" src="${e(src)}" width="${width}" height="${height}" alt="${e(`${x.document}, page ${x.page}: the lines around “${x.match}”, highlighted`)}">\n`;
}

function passageSection(d: ReportData): string {
  const byPlan = d.plans
    .filter((p) => p.mentions === true)
    .map((p) => {
      const items = d.passages
        .filter((x) => x.plan === p.plan)
        .map(
          (x) =>
            `<li class="v-${e(x.verdict)}"><blockquote>…${e(x.left)} <mark>${e(x.match)}</mark> ${e(x.right)}…</blockquote>
${pictureOf(x)}<p class="cite">${e(x.document)}, page ${x.page} · ${e(x.term)}${x.location === undefined ? "" : ` · ${e(x.location)}`} · ${e(x.verdict)}${x.source === null ? "" : ` · <strong>${e(x.source)}</strong>`} · <code>${e(x.mentionId)}</code> · <a href="${e(x.href)}#page=${x.page}" title="works when the corpus folder is where it was when the report was written">open the PDF</a></p></li>`,
        );
      return `<h3>${e(p.name)}</h3><ol>${items.join("\n")}</ol>`;
    });
  return `<section id="evidence"><h2>Evidence: headline passages of the plans that mention social value</h2><p class="note">Each passage as its text was read, the match marked, then as its page shows it (highlighted in yellow); paths are within the corpus folder named under “How to reproduce”.</p>${byPlan.join("\n") || "<p>No plan mentions social value.</p>"}</section>`;
}

function dispersionSection(d: ReportData): string {
  if (d.dispersion === undefined) return "";
  return `<section id="dispersion"><h2>Where the mentions fall</h2>
<p class="note">One strip per readable document, from its first page to its last; a tick per headline mention at its page and place on the page (faint lines: page boundaries). Hover a tick for the passage. <code>stp-scan search QUERY --plot FILE.svg</code> draws the same for any phrase.</p>
${renderDispersionPlot(d.dispersion, "Concordance plot: headline mentions along each document")}</section>`;
}

function apartSection(d: ReportData): string {
  if (d.apart.length === 0)
    return `<section id="apart"><h2>Plans reported apart</h2><p>None: every document was read.</p></section>`;
  const items = d.apart.map(
    (a) =>
      `<li><strong>${e(a.plan)}</strong><ul>${a.documents.map((x) => `<li>${e(x.document)}: <em>${e(x.status)}</em> — ${e(x.reason.startsWith(`${x.document}: `) ? x.reason.slice(x.document.length + 2) : x.reason)}</li>`).join("")}</ul></li>`,
  );
  return `<section id="apart"><h2>Plans reported apart</h2><ul>${items.join("\n")}</ul></section>`;
}

function qualitySection(d: ReportData): string {
  if (d.quality.length === 0)
    return `<section id="quality"><h2>Text quality</h2><p>Every page's text layer looks usable.</p></section>`;
  const rows = d.quality.map((q) => {
    const byFlag = new Map<QualityFlag, number[]>();
    for (const p of q.flagged)
      for (const f of p.flags)
        byFlag.set(f, [...(byFlag.get(f) ?? []), p.page]);
    return `<tr><td>${e(q.plan)}</td><td>${e(q.document)}</td><td class="n">${q.flagged.length} of ${q.pages}</td><td>${[...byFlag].map(([f, pages]) => `${e(f)}: pages ${e(pageRanges(pages))}`).join("<br>")}</td></tr>`;
  });
  const used = [
    ...new Set(d.quality.flatMap((q) => q.flagged.flatMap((p) => p.flags))),
  ];
  return `<section id="quality"><h2>Text quality</h2>
<p>A zero count is only as good as the text behind it. On these pages the text layer looks unreliable, so "not mentioned" there may mean "could not read".</p>
<table><thead><tr><th>Plan</th><th>Document</th><th>Pages flagged</th><th>Why</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>
<ul>${used.map((f) => `<li><strong>${e(f)}</strong>: ${e(FLAG_MEANING[f])}</li>`).join("")}</ul></section>`;
}

const NOTE_HEADINGS: Record<DocumentNote["kind"], string> = {
  blank: "Blank pages",
  duplicate: "Duplicates (counted once)",
  "near-duplicate": "Near-duplicates (both counted)",
  repaired: "Files pdf.js had to repair",
  warnings: "What pdf.js reported",
};

function notesSection(d: ReportData): string {
  const notes = d.notes ?? [];
  const declared = d.duplicateDeclarations ?? [];
  if (notes.length === 0 && declared.length === 0) return "";
  const groups = (Object.keys(NOTE_HEADINGS) as DocumentNote["kind"][])
    .map((kind) => [kind, notes.filter((n) => n.kind === kind)] as const)
    .filter(([, list]) => list.length > 0)
    .map(
      ([kind, list]) =>
        `<h3>${e(NOTE_HEADINGS[kind])}</h3><ul>${list.map((n) => `<li>${e(n.document)}: ${e(n.text)}</li>`).join("")}</ul>`,
    );
  const declarations =
    declared.length === 0
      ? ""
      : `<h3>Declared duplicates</h3><ul>${declared.map((x) => `<li>${e(x.document)} repeats ${e(x.duplicateOf)}: declared by ${e(x.auditor)} at ${e(x.declaredAt)}: ${e(x.note)}</li>`).join("")}</ul>`;
  return `<section id="documents-read"><h2>What reading the documents found</h2>
<p>Blank pages paint nothing and never put a plan apart. A duplicate repeats an earlier document (its bytes, its text on every page, or as an analyst declared) and adds nothing to its plan. A near-duplicate shares most of its pages with an earlier document and still counts. A file pdf.js repaired may have lost pages or text.</p>
${groups.join("\n")}${declarations}</section>`;
}

function provenance(d: ReportData): string {
  const terms = d.lexicon.terms.map(
    (t) =>
      `<tr><td><code>${e(t.id)}</code></td><td>${e(t.phrase)}</td><td>${e(t.concept)}</td><td>${t.headline ? "headline" : "related"}</td></tr>`,
  );
  const docs = d.documents.map(
    (x) =>
      `<tr><td>${e(x.plan)}</td><td>${e(x.document)}</td><td>${x.pages ?? ""}</td><td>${e(x.status)}</td><td><code>${e(x.sha256 ?? "")}</code></td></tr>`,
  );
  return `<section id="provenance"><h2>How to reproduce this number</h2>
<p>Generated ${e(d.generatedAt)} by stp-scan ${e(d.toolVersion)} from scan run ${d.run.runId} (finished ${e(d.run.finishedAt)}) of the corpus folder <code>${e(d.run.corpus)}</code>. Matching spec v${e(d.specVersion)}; pdfjs-dist ${e(d.run.pdfjsVersion)}, natural ${e(d.run.naturalVersion)}, Node ${e(d.run.nodeVersion)}; OCR ${e(d.ocr.engine ?? "off")}.</p>
<p>Lexicon <code>${e(d.lexicon.path)}</code>, sha256 <code>${e(d.lexicon.sha256)}</code>:</p>
<table><thead><tr><th>Term</th><th>Phrase</th><th>Concept</th><th>Counts as</th></tr></thead><tbody>${terms.join("")}</tbody></table>
<p>Corpus: ${counted(d.documents.length, "document")}.</p>
<table class="docs"><thead><tr><th>Plan</th><th>Document</th><th>Pages</th><th>Status</th><th>sha256</th></tr></thead><tbody>${docs.join("\n")}</tbody></table></section>`;
}

/** The whole report as one self-contained HTML page: inline CSS, SVG and script; nothing loaded from outside. */
export function renderReport(d: ReportData): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social value in STPs: ${e(pct(d.statistic.share))} of ${counted(d.statistic.denominator, "plan")}</title>
<style>${REPORT_CSS}</style></head>
<body><main>
${headlineSection(d)}
<section id="chart"><h2>Mentions per plan</h2>${renderChart(d.plans)}</section>
${planTable(d)}
${d.sensitivity === undefined ? "" : renderSensitivitySection(d.sensitivity, d.resting ?? [])}
${d.beyond === undefined ? "" : renderBeyondSection(d.beyond)}
${passageSection(d)}
${renderCodingSection(d.coding)}
${dispersionSection(d)}
${apartSection(d)}
${ocrSection(d.ocr)}
${qualitySection(d)}
${notesSection(d)}
${provenance(d)}
</main><script>${SORT_SCRIPT}</script></body></html>
`;
}
