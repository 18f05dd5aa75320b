import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { getRequestListener, RequestError } from "@hono/node-server";
import { resolve } from "node:path";
import { SEARCH_SECONDS } from "../defaults.js";
import { createAnswerCache } from "./answer-cache.js";
import { createAuditView } from "./audit-view.js";
import { createOneUsePaths } from "./one-use-paths.js";
import { refusal } from "./respond.js";
import { ScanJob } from "./scan-job.js";
import type { ServeOptions } from "./app-context.js";
import { createRoutes, failureAnswer } from "./routes.js";

export type { ServeOptions };

/**
 * The local audit app: a page, pdf.js from the installed package, the mentions, the PDFs of the corpus and the
 * verdict endpoint (routes.ts). Every API request needs the per-run token (http-guard.ts: a header, or for a
 * read the query), the Host must be this address, and writes must come from this origin.
 */
export function createAuditServer(options: ServeOptions): {
  server: Server;
  token: string;
} {
  const token = randomBytes(24).toString("hex");
  const view = createAuditView(options.db, options.threshold, {
    auditor: options.auditor,
    blind: options.blind === true,
  });
  // Read once before the first request: on a large database working out the contexts takes a while, which the
  // first clients would otherwise all wait for.
  view.verdicts().statistic();
  const dbFile = options.dbFile ?? options.db.name;
  const routes = createRoutes({
    options,
    view,
    answers: createAnswerCache(options.db),
    dbFile,
    scanJob: new ScanJob(),
    searchSeconds: options.searchSeconds ?? SEARCH_SECONDS,
    outputDir: resolve(options.outputDir ?? "output"),
    token,
    oneUse: createOneUsePaths(),
    port: (): number =>
      (server.address() as { port: number } | null)?.port ?? options.port,
  });
  const listener = getRequestListener(routes.fetch, {
    // A request line or Host no URL parser accepts is the client's mistake, not the app's.
    errorHandler: (error) =>
      error instanceof RequestError
        ? refusal(400, "malformed address")
        : failureAnswer(error),
  });
  // The listener answers every failure itself (errorHandler, onError): nothing is left to reject.
  const server: Server = createServer((req, res) => void listener(req, res));
  return { server, token };
}
