import { Hono } from "hono";
import { unknownNameOf } from "../explore/store/index.js";
import { assessPages, qualityByPlan } from "../quality/index.js";
import { exportTable, type ExportOptions } from "../report/index.js";
import { readPageTexts, type Db } from "../store/index.js";
import type {
  DocumentJson,
  MentionRowJson,
  PlanJson,
  PlanRowJson,
  PlansJson,
} from "./api-types.js";
import { corpusFacts, type CorpusFacts } from "./corpus-facts.js";
import { queryParams } from "./query-params.js";
import { answer, BAD_ENCODING, pathAfter, refusal } from "./respond.js";
import type { AppContext } from "./app-context.js";

/** The rows of `export <table>` for these options, kept while the database (and its verdicts) stay as they were. */
const exportRows = <T>(
  { options, answers }: AppContext,
  table: "plans" | "documents" | "mentions",
  asked: ExportOptions,
): readonly T[] =>
  answers.get(
    `export ${table} ${JSON.stringify(asked)}`,
    () => exportTable(options.db, table, asked).rows as unknown as T[],
    { verdicts: true },
  );

/** Each plan's pages whose text looks unreliable (`corpus quality`), kept while the corpus stays as it was. */
const planQuality = (db: Db, answers: AppContext["answers"]) =>
  answers.get("quality by plan", () =>
    qualityByPlan(assessPages(readPageTexts(db))),
  );

/** What the plans table adds to a plan's export row: its text quality, OCR pages and documents with warnings. */
function planRows(
  app: AppContext,
  facts: CorpusFacts,
  rows: readonly Omit<PlanRowJson, keyof PlanAdditions>[],
): PlanRowJson[] {
  const quality = planQuality(app.options.db, app.answers);
  return rows.map((row) => {
    const documents = facts.documents.filter((d) => d.plan_id === row.plan_id);
    const q = quality.get(row.plan_id);
    return {
      ...row,
      quality_flags: q?.flags ?? [],
      flagged_pages: q?.flaggedPages ?? 0,
      ocr_pages: documents.reduce(
        (sum, d) => sum + d.pages_ocr.length + d.pages_picture.length,
        0,
      ),
      documents_with_warnings: documents.filter(
        (d) => d.warnings.length > 0 || d.repaired,
      ).length,
    };
  });
}

type PlanAdditions = Pick<
  PlanRowJson,
  "quality_flags" | "flagged_pages" | "ocr_pages" | "documents_with_warnings"
>;

/** `threshold=` and `audited=`, as `export plans` takes them; or the reason they cannot be used. */
function exportOptionsOf(
  app: AppContext,
  params: URLSearchParams,
): ExportOptions | string {
  const read = queryParams(params);
  const threshold = read.threshold(app.options.threshold);
  const audited = read.flag("audited");
  return read.problem() ?? { threshold, audited };
}

/** GET /api/plans: the rows of `export plans --format json`, each with what the plans table adds. */
function plansJson(app: AppContext, asked: ExportOptions): PlansJson {
  const { db } = app.options;
  const facts = corpusFacts(db, app.answers);
  return {
    plans: app.answers.get(
      `plans ${JSON.stringify(asked)}`,
      () =>
        planRows(
          app,
          facts,
          exportRows<Omit<PlanRowJson, keyof PlanAdditions>>(
            app,
            "plans",
            asked,
          ),
        ),
      { verdicts: true },
    ),
  };
}

/** GET /api/plans/<id>: the plan's row, its documents with their page classes, its mentions; null: no such plan. */
function planJson(
  app: AppContext,
  plan: string,
  asked: ExportOptions,
): PlanJson | null {
  const row = plansJson(app, asked).plans.find((p) => p.plan_id === plan);
  if (row === undefined) return null;
  const facts = corpusFacts(app.options.db, app.answers);
  const ofPlan = <T extends { readonly plan_id: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.plan_id === plan);
  return {
    plan: row,
    documents: ofPlan(
      exportRows<Omit<DocumentJson, "page_classes">>(app, "documents", asked),
    ).map((d) => ({ ...d, page_classes: facts.classesOf(d.document) })),
    mentions: ofPlan(exportRows<MentionRowJson>(app, "mentions", asked)),
  };
}

/** The plans table and a plan's page. */
export const plansRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/plans", (c) => {
      const asked = exportOptionsOf(app, new URL(c.req.url).searchParams);
      return typeof asked === "string"
        ? refusal(400, asked)
        : answer(200, plansJson(app, asked));
    })
    .get("/api/plans/:plan{.+}", (c) => {
      const plan = pathAfter(c.req.url, "/api/plans/");
      if (plan === null) return refusal(400, BAD_ENCODING);
      const asked = exportOptionsOf(app, new URL(c.req.url).searchParams);
      if (typeof asked === "string") return refusal(400, asked);
      const found = planJson(app, plan, asked);
      return found === null
        ? refusal(
            404,
            unknownNameOf(app.options.db, app.dbFile, { plan }) ??
              `no plan "${plan}"`,
          )
        : answer(200, found);
    });
