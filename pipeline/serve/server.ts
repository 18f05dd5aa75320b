import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { createAuditView } from "./audit-view.js";
import { refuseRequest } from "./http-guard.js";
import { isDatabaseBusy } from "../store/index.js";
import { send } from "./respond.js";
import { route, type ServeOptions } from "./routes.js";

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
  // Blind, the app shows and counts only the auditor's own judgements: nothing of any other auditor's.
  const view = createAuditView(
    options.db,
    options.threshold,
    options.blind === true
      ? (r) => r.auditor === options.auditor && r.kind === "judge"
      : undefined,
  );
  // Read once before the first request: on a large database (10,000 mentions) the contexts take a few tenths of
  // a second, which the first clients would otherwise all wait for.
  view.verdicts().statistic();
  const server = createServer((req, res) => {
    // Inside the promise: whatever a guard or a route throws becomes a 500, never an uncaught error.
    const answer = async () => {
      // A request line no URL parser accepts is the client's mistake, not the app's.
      if (!URL.canParse(req.url ?? "/", "http://127.0.0.1"))
        return send(res, 400, { error: "malformed address" });
      const refused = refuseRequest(req, {
        token,
        port:
          (server.address() as { port: number } | null)?.port ?? options.port,
      });
      if (refused !== null) return send(res, 403, { error: refused });
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      await route({ req, res, url, options, view });
    };
    answer().catch((error: unknown) => {
      // Another stp-scan command writing (a scan, a search building its index) is a wait, not a fault: the page
      // tries again after Retry-After, and nothing was stored by half.
      if (isDatabaseBusy(error)) {
        res.setHeader("retry-after", "1");
        return send(res, 503, { error: BUSY_MESSAGE });
      }
      send(res, 500, { error: (error as Error).message });
    });
  });
  return { server, token };
}
