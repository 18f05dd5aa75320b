import { Hono } from "hono";
import {
  isDatabaseBusy,
  readLatestRunInfo,
  readMentionDocument,
} from "../store/index.js";
import { codingRoutes } from "./coding-routes.js";
import { codedPassageRoutes } from "./coded-passage-routes.js";
import type { AppContext } from "./app-context.js";
import { documentsRoutes } from "./documents-route.js";
import { downloadsRoutes } from "./downloads-route.js";
import { exploreRoutes } from "./explore-routes.js";
import { plansRoutes } from "./plans-route.js";
import { reportRoutes } from "./report-route.js";
import { searchRoutes } from "./search-route.js";
import { statisticRoutes } from "./statistic-route.js";
import { guardedRequestOf, refuseRequest } from "./http-guard.js";
import { mentionsPage } from "./mentions-route.js";
import {
  answer,
  BAD_ENCODING,
  fileInside,
  pathAfter,
  refusal,
} from "./respond.js";
import { sendPage, sendPdfjs, sendWebFile } from "./static-files.js";
import { verdictRoutes } from "./verdict-route.js";
import { scanRoutes } from "./scan-routes.js";
import { corpusRoutes } from "./corpus-routes.js";
import { declarationRoutes } from "./declaration-routes.js";
import { lexiconRoutes } from "./lexicon-routes.js";
import { beyondRoutes } from "./beyond-routes.js";

const BUSY_MESSAGE =
  "the database is busy: another stp-scan command is writing to it; try again in a moment";

/** The PDF of one mention's document, found by the mention's id. */
function sendPdf({ options }: AppContext, url: string): Response {
  const id = pathAfter(url, "/api/pdf/");
  if (id === null) return refusal(400, BAD_ENCODING);
  const document = readMentionDocument(options.db, id);
  const run = readLatestRunInfo(options.db);
  if (document === null || run === null) return refusal(404, "no such mention");
  return fileInside(run.corpus, document, "application/pdf");
}

/**
 * The app's HTTP API and its static files. Every request passes the guards first (http-guard.ts); each route
 * only reads its parameters, calls audit/ or store/, and answers JSON; every error, a route's or a throw's, is
 * `{ "error": reason }`.
 */
export function createRoutes(app: AppContext): Hono {
  const { options, view } = app;
  return new Hono()
    .use(async (c, next) => {
      const refused = refuseRequest(guardedRequestOf(c.req.raw), {
        token: app.token,
        port: app.port(),
        redeem: app.oneUse.redeem,
      });
      return refused === null ? next() : refusal(403, refused);
    })
    .get("/", () => sendPage())
    .get("/web/:file{.+}", (c) => sendWebFile(c.req.url))
    .get("/pdfjs/:file{.+}", (c) => sendPdfjs(c.req.url))
    .get("/api/mentions", (c) =>
      answer(200, mentionsPage(view, new URL(c.req.url).searchParams)),
    )
    .get("/api/stats", () => answer(200, view.verdicts().statistic()))
    .get("/api/pdf/:mentionId{.*}", (c) => sendPdf(app, c.req.url))
    .route("/", statisticRoutes(app))
    .route("/", plansRoutes(app))
    .route("/", documentsRoutes(app))
    .route("/", searchRoutes(app))
    .route("/", exploreRoutes(app))
    .route("/", downloadsRoutes(app))
    .route("/", reportRoutes(app))
    .route("/", codingRoutes(options.db))
    .route("/", verdictRoutes(app))
    .route("/", scanRoutes(app))
    .route("/", corpusRoutes(app))
    .route("/", declarationRoutes(app))
    .route("/", lexiconRoutes(app))
    .route("/", beyondRoutes(app))
    .route("/", codedPassageRoutes(app))
    .notFound(() => refusal(404, "not found"))
    .onError(failureAnswer);
}

/**
 * The answer to whatever a guard or a route threw. Hono hands it here only when it is an `Error` of this realm;
 * anything else (a thrown string, an error from another realm, as under jest) comes through the server's
 * error handler (server.ts) to the same answer.
 */
export function failureAnswer(error: unknown): Response {
  // Another stp-scan command writing (a scan, a search building its index) is a wait, not a fault: the page
  // tries again after Retry-After, and nothing was stored by half.
  if (isDatabaseBusy(error))
    return refusal(503, BUSY_MESSAGE, { "retry-after": "1" });
  return refusal(
    500,
    String((error as { message?: unknown } | null)?.message ?? error),
  );
}
