import { Hono } from "hono";
import { bundleZip, NothingToBundleError } from "../bundle/index.js";
import { renderXlsx } from "../csv/index.js";
import { exportTable, renderTable, tableSheet } from "../report/index.js";
import { queryParams } from "./query-params.js";
import { answer, refusal } from "./respond.js";
import type { AppContext } from "./app-context.js";
import { CSV_TYPE, savedAs, XLSX_TYPE } from "./download-answer.js";

/** The tables `export` writes. */
const TABLES = ["mentions", "documents", "plans"] as const;

/**
 * GET /api/export/<mentions|documents|plans>?format=csv|xlsx|json&threshold=&audited=&bom=: the table as `export`
 * writes it with the same options.
 */
async function exportDownload(
  app: AppContext,
  table: string,
  params: URLSearchParams,
): Promise<Response> {
  const kind = TABLES.find((t) => t === table);
  if (kind === undefined)
    return refusal(404, `no table "${table}": export ${TABLES.join(", ")}`);
  const read = queryParams(params);
  const format = read.choice("format", ["csv", "xlsx", "json"] as const, "csv");
  const threshold = read.threshold(app.options.threshold);
  const audited = read.flag("audited");
  const bom = read.flag("bom", true);
  const problem = read.problem();
  if (problem !== null) return refusal(400, problem);
  const rows = exportTable(app.options.db, kind, { threshold, audited });
  if (format === "xlsx")
    return answer(
      200,
      await renderXlsx([tableSheet(kind, rows)]),
      XLSX_TYPE,
      savedAs(`${kind}.xlsx`),
    );
  return answer(
    200,
    renderTable(rows, format, { bom }),
    format === "csv" ? CSV_TYPE : undefined,
    savedAs(`${kind}.${format}`),
  );
}

/** GET /api/bundle?threshold=&count_in=&audited=: the zip `stp-scan bundle` writes with the same options. */
async function bundleDownload(
  app: AppContext,
  params: URLSearchParams,
): Promise<Response> {
  const read = queryParams(params);
  const threshold = read.threshold(app.options.threshold);
  const countIn = read.locations("count_in");
  const audited = read.flag("audited");
  const problem = read.problem();
  if (problem !== null) return refusal(400, problem);
  try {
    const { zip } = await bundleZip(app.options.db, {
      threshold,
      countIn: countIn === undefined ? "all" : [...countIn],
      audited,
    });
    return answer(200, zip, "application/zip", savedAs("bundle.zip"));
  } catch (error) {
    if (error instanceof NothingToBundleError)
      return refusal(404, `${app.dbFile}: ${error.message}`);
    throw error;
  }
}

/** The export tables and the bundle, as files to save. */
export const downloadsRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/export/:table", (c) =>
      exportDownload(
        app,
        c.req.param("table"),
        new URL(c.req.url).searchParams,
      ),
    )
    .get("/api/bundle", (c) =>
      bundleDownload(app, new URL(c.req.url).searchParams),
    );
