import { documentNotes } from "./document-notes.js";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import {
  agreementOf,
  auditedStatisticOf,
  codebookOf,
  codeCountsOf,
  settledMentionsOf,
  broadStatisticOf,
  elusionOf,
  loadKwic,
  sensitivityOf,
  sourceLabel,
  type KwicMention,
} from "../audit/index.js";
import { groupDeclarations } from "../curate/index.js";
import { WINDOW_TOKENS } from "../defaults.js";
import { assessPages } from "../quality/index.js";
import {
  computeShare,
  countPlans,
  plansResting,
  summariseOcr,
  wilsonInterval,
} from "../stats/index.js";
import {
  readDocuments,
  readLatestRunInfo,
  readOcrFigures,
  readPageText,
  readPageTexts,
  readPlanFacts,
  readPlanSizes,
  readTerms,
  beyondTables,
  declarationTables,
  type Db,
} from "../store/index.js";
import type { PlanCounts, Statistic } from "../types.js";
import { TOOL_VERSION } from "../version.js";
import { dispersionStrips } from "./dispersion-strips.js";
import { hrefOf } from "./escape.js";
import { picturePassages, type PassagePicture } from "./passage-picture.js";
import type { ReportData } from "./render-report.js";
import type { CodingReport } from "./coding-section.js";
import type { BeyondReport } from "./beyond-section.js";

/** The matching spec the pipeline implements (../shared/matching-spec.md): v2.0 with OCR, v1.1 without. */
const specVersion = (ocrEngine: string | null) =>
  ocrEngine === null ? "1.1 (OCR off)" : "2.0";

/** What `report` needs besides the database. */
export type ReportOptions = {
  /** The HTML file to write: links to the PDFs are relative to it. */
  readonly out: string;
  readonly audited: boolean;
  readonly threshold: number;
};

/** Gathers the report's data from the database, or null when it holds no finished scan. */
export async function gatherReport(
  db: Db,
  options: ReportOptions,
): Promise<ReportData | null> {
  const run = readLatestRunInfo(db);
  if (run === null) return null;
  const counts = countPlans(readPlanFacts(db));
  const mentions = loadKwic(db, WINDOW_TOKENS);
  // Computed for an unaudited report too: it says what the verdicts recorded so far would make of the figure.
  const judged = auditedStatisticOf(db, options.threshold);
  const audited = options.audited ? judged : null;
  const statistic =
    audited?.statistic ?? computeShare(counts, options.threshold);
  const fromReport = relative(dirname(resolve(options.out)), run.corpus);
  const documents = readDocuments(db);
  const ocr = readOcrFigures(db);
  const evidence = mentions.filter((m) => m.headline);
  const pictures = await picturePassages(run.corpus, evidence);
  const sensitivity = sensitivityOf(db, options.threshold, {
    ignoreVerdicts: !options.audited,
  });
  return {
    sensitivity,
    resting: plansResting(sensitivity),
    generatedAt: new Date().toISOString(),
    toolVersion: TOOL_VERSION,
    specVersion: specVersion(ocr.engine),
    audited: options.audited,
    statistic,
    interval: wilsonInterval(statistic.numerator, statistic.denominator),
    audit:
      audited === null
        ? null
        : {
            counts: audited.counts,
            lowest: audited.lowest,
            highest: audited.highest,
          },
    verdictsSoFar: options.audited
      ? null
      : { counts: judged.counts, statistic: judged.statistic },
    plans: planRows(db, statistic, counts),
    passages: evidence.map((m, i) => ({
      ...passageOf(m, fromReport),
      picture: pictures[i] as PassagePicture,
    })),
    apart: counts
      .filter((c) => c.unreadable.length > 0)
      .map((c) => ({ plan: c.plan, documents: c.unreadable })),
    lexicon: {
      path: lexiconName(run.lexiconPath, run.corpus),
      sha256: run.lexiconSha256,
      terms: readTerms(db),
    },
    // Named by its folder: the report travels, and a path on the analyst's machine means nothing elsewhere.
    run: { ...run, corpus: basename(run.corpus) },
    documents: documents.map((d) => ({
      plan: d.plan_id,
      document: d.document,
      sha256: d.sha256,
      pages: d.pages,
      status: d.status,
    })),
    quality: assessPages(readPageTexts(db)),
    dispersion: dispersionOf(db, mentions, options.audited),
    ocr: {
      ...ocrReport(documents, ocr, statistic),
      declarations: groupDeclarations(
        declarationTables.readStandingDeclarations(db),
      ),
    },
    notes: documentNotes(documents),
    beyond: beyondOf(db, options.threshold, documents),
    duplicateDeclarations:
      declarationTables.readStandingDuplicateDeclarations(db),
    coding: codingOf(db),
  };
}

/** The audit's reasons (labelled from the codebook), agreement on independent codings, and settled disputes. */
function codingOf(db: Db): CodingReport {
  const labels = new Map(codebookOf(db).codes.map((c) => [c.id, c.label]));
  const study = agreementOf(db);
  return {
    codes: codeCountsOf(db).map((c) => ({
      ...c,
      label: c.code === null ? null : (labels.get(c.code) ?? null),
    })),
    agreement: study.auditors.length < 2 ? null : study,
    settled: settledMentionsOf(db),
  };
}

/** The broad statistic, the coded passages that stand (with their plans) and the latest elusion draw. */
function beyondOf(
  db: Db,
  threshold: number,
  documents: ReturnType<typeof readDocuments>,
): BeyondReport {
  const planOf = new Map(documents.map((d) => [d.document, d.plan_id]));
  return {
    broad: broadStatisticOf(db, threshold),
    coded: beyondTables
      .readStandingPassages(db)
      .map((c) => ({ ...c, plan: planOf.get(c.document) ?? "" })),
    elusion: elusionOf(db),
  };
}

/** The lexicon as the report names it: within the corpus, `<corpus folder>/<path>`; else its file name. */
function lexiconName(lexiconPath: string, corpus: string): string {
  const within = relative(corpus, lexiconPath);
  return within.startsWith("..") || within.startsWith(sep)
    ? basename(lexiconPath)
    : join(basename(corpus), within).split(sep).join("/");
}

/** What OCR read, for the report's OCR section: figures, the plans whose yes rests on it, the documents it read. */
function ocrReport(
  documents: ReturnType<typeof readDocuments>,
  ocr: ReturnType<typeof readOcrFigures>,
  statistic: Statistic,
): Omit<ReportData["ocr"], "declarations"> {
  return {
    ...summariseOcr(ocr, statistic).data,
    documents: documents
      .filter(
        (d) =>
          d.pages_ocr.length + d.pages_picture.length > 0 ||
          (ocr.engine !== null && d.pages_without_text.length > 0),
      )
      .map((d) => ({
        document: d.document,
        pagesOcr: d.pages_ocr,
        pagesPicture: d.pages_picture,
        pagesUnreadable: d.pages_without_text,
      })),
  };
}

/** The concordance plot's strips: every headline mention counted in the statistic, at its place in its document. */
function dispersionOf(
  db: Db,
  mentions: readonly KwicMention[],
  audited: boolean,
): NonNullable<ReportData["dispersion"]> {
  return dispersionStrips(
    db,
    mentions
      .filter((m) => m.headline)
      .filter((m) => !(audited && m.verdict === "rejected"))
      .map((m) => ({
        ...m,
        pageLength: readPageText(db, m.document, m.page)?.length ?? 0,
      })),
  );
}

/** The plan table: each plan's figures, sizes and why it is reported apart. */
function planRows(
  db: Db,
  statistic: Statistic,
  counts: readonly PlanCounts[],
): ReportData["plans"] {
  const sizes = readPlanSizes(db);
  const apart = new Map(counts.map((c) => [c.plan, c.unreadable]));
  return statistic.plans.map((p) => ({
    ...p,
    documents: sizes.get(p.plan)?.documents ?? 0,
    pages: sizes.get(p.plan)?.pages ?? 0,
    reasons: (apart.get(p.plan) ?? []).map((u) => `${u.status}: ${u.document}`),
  }));
}

/** One headline passage as evidence, its link relative to the report (`fromReport`: report folder → corpus). */
function passageOf(
  m: KwicMention,
  fromReport: string,
): ReportData["passages"][number] {
  return {
    plan: m.plan_id,
    document: m.document,
    href: hrefOf(join(fromReport, m.document).split("\\").join("/")),
    page: m.page,
    mentionId: m.mention_id,
    term: m.term_id,
    left: m.left,
    match: m.match,
    right: m.right,
    verdict: m.verdict,
    location: m.location ?? "body",
    source: sourceLabel(m),
  };
}
