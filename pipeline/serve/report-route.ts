import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { writeOutputFile } from "../corpus/index.js";
import { gatherReport, renderReport } from "../report/index.js";
import type {
  ReportJson,
  ReportOpenRequest,
  ReportRequest,
} from "./api-types.js";
import { answer, refusal } from "./respond.js";
import type { AppContext } from "./app-context.js";
import { MAX_THRESHOLD } from "./query-params.js";
import { jsonObjectOf } from "./verdict-route.js";

/** The largest report request taken, in bytes: two options. */
const REQUEST_BYTES = 1_000;

/** The reports the app writes into the output folder, and serves: the report, and the audited one. */
const reportName = (audited: boolean) =>
  audited ? "report-audited.html" : "report.html";
const REPORT_NAMES = [reportName(false), reportName(true)];

/** POST /api/report's body as a report request (empty: the defaults), or why it is not one (a 400). */
function reportRequestOf(text: string): ReportRequest | string {
  const body = text.trim() === "" ? {} : jsonObjectOf(text);
  const audited = body?.["audited"] ?? false;
  const threshold = body?.["threshold"];
  if (body === null || typeof audited !== "boolean")
    return "a JSON object with audited (true or false) and threshold (optional) needed";
  if (
    threshold !== undefined &&
    !(
      Number.isSafeInteger(threshold) &&
      (threshold as number) >= 1 &&
      (threshold as number) <= MAX_THRESHOLD
    )
  )
    return `threshold: give a whole number from 1 to ${MAX_THRESHOLD}`;
  return {
    audited,
    ...(threshold === undefined ? {} : { threshold: threshold as number }),
  };
}

/** Writes the report as `stp-scan report` does, into the output folder; its address, or null without a scan. */
async function writeReport(
  app: AppContext,
  request: ReportRequest,
): Promise<ReportJson | null> {
  const name = reportName(request.audited === true);
  const out = join(app.outputDir, name);
  const data = await gatherReport(app.options.db, {
    out,
    audited: request.audited === true,
    threshold: request.threshold ?? app.options.threshold,
  });
  if (data === null) return null;
  writeOutputFile(out, renderReport(data));
  return { url: `/report/${name}` };
}

/**
 * POST /api/report/open: a one-use address of a written report (`{"url": "/report/<name>"}`), for a tab of its
 * own, which sends no token; or why not (the status and the reason).
 */
function openReport(
  app: AppContext,
  text: string,
): ReportJson | { status: 400 | 404; reason: string } {
  const { url } = (jsonObjectOf(text) ?? {}) as Partial<
    Record<keyof ReportOpenRequest, unknown>
  >;
  if (typeof url !== "string" || !url.startsWith("/report/"))
    return {
      status: 400,
      reason:
        'a JSON object with url, the address POST /api/report answered ("/report/report.html"), needed',
    };
  const name = url.slice("/report/".length);
  if (!REPORT_NAMES.includes(name) || !existsSync(join(app.outputDir, name)))
    return {
      status: 404,
      reason: `no report "${name}" yet: write one with POST /api/report`,
    };
  return { url: app.oneUse.issue(url) } satisfies ReportJson;
}

/**
 * The policy a written report is served under: its own inline style and, by their hashes, its own inline scripts
 * (the sortable tables), nothing else; sandboxed, so the page has an origin of its own and cannot call the API.
 */
function reportPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash("sha256")
        .update(m[1] ?? "")
        .digest("base64")}'`,
  );
  return [
    "sandbox allow-scripts allow-popups allow-downloads",
    "default-src 'none'",
    `script-src ${hashes.join(" ") || "'none'"}`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** GET /report/<name>: a report the app wrote, under its own policy. */
function sendReport(app: AppContext, name: string): Response {
  if (!REPORT_NAMES.includes(name))
    return refusal(404, `no report "${name}": write one with POST /api/report`);
  let html: string;
  try {
    html = readFileSync(join(app.outputDir, name), "utf8");
  } catch {
    return refusal(
      404,
      `no report "${name}" yet: write one with POST /api/report`,
    );
  }
  return answer(200, html, "text/html; charset=utf-8", {
    "content-security-policy": reportPolicy(html),
  });
}

/** Writing the HTML report, and serving it. */
export const reportRoutes = (app: AppContext) =>
  new Hono()
    .post(
      "/api/report",
      bodyLimit({
        maxSize: REQUEST_BYTES,
        onError: () => refusal(413, "request too large"),
      }),
      async (c) => {
        const request = reportRequestOf(await c.req.text());
        if (typeof request === "string") return refusal(400, request);
        const written = await writeReport(app, request);
        return written === null
          ? refusal(
              404,
              "the database has no finished scan; run stp-scan scan first",
            )
          : answer(200, written);
      },
    )
    .post(
      "/api/report/open",
      bodyLimit({
        maxSize: REQUEST_BYTES,
        onError: () => refusal(413, "request too large"),
      }),
      async (c) => {
        const opened = openReport(app, await c.req.text());
        return "url" in opened
          ? answer(200, opened)
          : refusal(opened.status, opened.reason);
      },
    )
    .get("/report/:name", (c) => sendReport(app, c.req.param("name")));
