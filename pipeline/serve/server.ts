import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { isDatabaseBusy } from "../store/index.js";
import { createAuditView } from "./audit-view.js";
import { refusal } from "./respond.js";
import { createRoutes, type ServeOptions } from "./routes.js";

export type { ServeOptions };

const BUSY_MESSAGE =
  "the database is busy: another stp-scan command is writing to it; try again in a moment";

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
  const view = createAuditView(options.db, options.threshold);
  // Read once before the first request: on a large database (10,000 mentions) the contexts take a few tenths of
  // a second, which the first clients would otherwise all wait for.
  view.verdicts().statistic();
  const routes = createRoutes({
    options,
    view,
    token,
    port: (): number =>
      (server.address() as { port: number } | null)?.port ?? options.port,
  }).onError((error) =>
    // Another stp-scan command writing (a scan, a search building its index) is a wait, not a fault: the page
    // tries again after Retry-After, and nothing was stored by half.
    isDatabaseBusy(error)
      ? refusal(503, BUSY_MESSAGE, { "retry-after": "1" })
      : refusal(500, error.message),
  );
  const listener = getRequestListener(routes.fetch, {
    // A request line or Host no URL parser accepts is the client's mistake, not the app's.
    errorHandler: () => refusal(400, "malformed address"),
  });
  // The listener answers every failure itself (errorHandler, onError): nothing is left to reject.
  const server: Server = createServer((req, res) => void listener(req, res));
  return { server, token };
}
