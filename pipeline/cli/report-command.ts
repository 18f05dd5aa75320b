import { dirname, join, relative, resolve } from "node:path";
import type { Argv } from "yargs";
import { DB_FILE, THRESHOLD_MENTIONS, WINDOW_TOKENS } from "../defaults.js";
import { hrefOf, renderReport, type ReportData } from "../report/index.js";
import {
  computeAuditedShare,
  computeShare,
  plansRestingOnOcr,
  wilsonInterval,
} from "../stats/index.js";
import {
  readDocuments,
  readLatestRunInfo,
  readOcrFigures,
  readPlanCounts,
  readPlanSizes,
  readTerms,
  type Db,
} from "../store/index.js";
import { TOOL_VERSION } from "../version.js";
import { sourceLabel } from "../audit/index.js";
import { loadKwic } from "./audit-data.js";
import { readQuality } from "./quality-report.js";
import { runCommand, UsageError } from "./fatal.js";
import { emit, openExisting } from "./output.js";

/** The matching spec the pipeline implements (../shared/matching-spec.md): v2.0 with OCR, v1.1 without. */
const specVersion = (ocrEngine: string | null) =>
  ocrEngine === null ? "1.1 (OCR off)" : "2.0";

/** Gathers the report's data from the database; links to PDFs are relative to the report file. */
export function gatherReport(
  db: Db,
  options: {
    readonly out: string;
    readonly audited: boolean;
    readonly threshold: number;
  },
): ReportData {
  const run = readLatestRunInfo(db);
  if (run === null)
    throw new UsageError(
      "the database has no finished scan; run stp-scan scan first",
    );
  const counts = readPlanCounts(db);
  const mentions = loadKwic(db, WINDOW_TOKENS);
  const audited = options.audited
    ? computeAuditedShare(
        counts,
        mentions.map((m) => ({
          plan: m.plan_id,
          headline: m.headline,
          verdict: m.verdict,
        })),
        options.threshold,
      )
    : null;
  const statistic =
    audited?.statistic ?? computeShare(counts, options.threshold);
  const sizes = readPlanSizes(db);
  const apart = new Map(counts.map((c) => [c.plan, c.unreadable]));
  const fromReport = relative(dirname(resolve(options.out)), run.corpus);
  const documents = readDocuments(db);
  const ocr = readOcrFigures(db);
  const { headlineFromText: _byPlan, ...ocrCounts } = ocr;
  return {
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
    plans: statistic.plans.map((p) => ({
      ...p,
      documents: sizes.get(p.plan)?.documents ?? 0,
      pages: sizes.get(p.plan)?.pages ?? 0,
      reasons: (apart.get(p.plan) ?? []).map(
        (u) => `${u.status}: ${u.document}`,
      ),
    })),
    passages: mentions
      .filter((m) => m.headline)
      .map((m) => ({
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
        source: sourceLabel(m),
      })),
    apart: counts
      .filter((c) => c.unreadable.length > 0)
      .map((c) => ({ plan: c.plan, documents: c.unreadable })),
    lexicon: {
      path: run.lexiconPath,
      sha256: run.lexiconSha256,
      terms: readTerms(db),
    },
    run,
    documents: documents.map((d) => ({
      plan: d.plan_id,
      document: d.document,
      sha256: d.sha256,
      pages: d.pages,
      status: d.status,
    })),
    quality: readQuality(db),
    ocr: {
      ...ocrCounts,
      plansRestingOnOcr: plansRestingOnOcr(statistic, ocr),
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
    },
  };
}

/** `stp-scan report [--db FILE] [--out output/report.html] [--audited] [--threshold N]` */
export function reportCommand(yargs: Argv): Argv {
  return yargs.command(
    "report",
    "Write a self-contained HTML report: statistic with confidence interval, chart, plan table, evidence, provenance",
    (y) =>
      y
        .option("db", { type: "string", default: DB_FILE })
        .option("out", {
          type: "string",
          default: "output/report.html",
          describe: "HTML file to write",
        })
        .option("audited", {
          type: "boolean",
          default: false,
          describe: "Leave out rejected passages; show audit progress",
        })
        .option("threshold", {
          type: "number",
          default: THRESHOLD_MENTIONS,
          describe: "Headline mentions a plan needs",
        }),
    (argv) =>
      runCommand(() => {
        const db = openExisting(argv.db);
        try {
          emit(
            renderReport(
              gatherReport(db, {
                out: argv.out,
                audited: argv.audited,
                threshold: argv.threshold,
              }),
            ),
            argv.out,
          );
        } finally {
          db.close();
        }
      }, argv.db),
  );
}
