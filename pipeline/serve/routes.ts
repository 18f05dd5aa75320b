import { randomBytes } from "node:crypto";
import { createReadStream, existsSync, statSync } from "node:fs";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createRequire } from "node:module";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import {
  auditedStatisticOf,
  compareMentionPlaces,
  judge,
  loadKwic,
  matchesFilter,
} from "../audit/index.js";
import { WINDOW_TOKENS } from "../defaults.js";
import { describeShare } from "../stats/index.js";
import { readLatestRunInfo, readPlanCounts, type Db } from "../store/index.js";
import { refuseRequest } from "./http-guard.js";
import { APP_PAGE } from "./page.js";

const PDFJS_DIR = dirname(
  createRequire(import.meta.url).resolve("pdfjs-dist/package.json"),
);
// The browser gets the modern build of the installed pdfjs-dist (no CDN), its fonts and CMaps, nothing else.
const PDFJS_PARTS = ["build/", "standard_fonts/", "cmaps/", "wasm/"];
const PAGE_SIZE = 50;

export type ServeOptions = {
  readonly db: Db;
  readonly auditor: string;
  readonly threshold: number;
  readonly port: number;
};

function send(
  res: ServerResponse,
  status: number,
  body: string | object,
  type = "application/json; charset=utf-8",
): void {
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
  });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

/** Serves a file only when it lies inside `root` (no "..", no absolute paths, no links out). */
function sendFileInside(
  res: ServerResponse,
  root: string,
  relativePath: string,
  type: string,
): void {
  const file = resolve(root, relativePath);
  const inside = relative(root, file);
  if (
    inside === "" ||
    inside.startsWith("..") ||
    isAbsolute(inside) ||
    !existsSync(file) ||
    !statSync(file).isFile()
  ) {
    send(res, 404, { error: "not found" });
    return;
  }
  res.writeHead(200, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  createReadStream(file).pipe(res);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
      if (body.length > 100_000) req.destroy(new Error("request too large"));
    });
    req.on("end", () => ok(body));
    req.on("error", fail);
  });
}

function statistic(options: ServeOptions) {
  const audited = auditedStatisticOf(options.db, options.threshold);
  return {
    line: describeShare(audited.statistic),
    counts: audited.counts,
    lowest: audited.lowest.share,
    highest: audited.highest.share,
  };
}

/**
 * The local audit app: a page, pdf.js from the installed package, the mentions, the PDFs of the corpus and the
 * verdict endpoint. Every request needs the per-run token (query, header or the cookie the first page sets),
 * the Host must be this address, and writes must come from this origin.
 */
export function createAuditServer(options: ServeOptions): {
  server: Server;
  token: string;
} {
  const token = randomBytes(24).toString("hex");
  const server = createServer((req, res) => {
    void (async () => {
      const refused = refuseRequest(req, {
        token,
        port:
          (server.address() as { port: number } | null)?.port ?? options.port,
      });
      if (refused !== null) return send(res, 403, { error: refused });
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const path = url.pathname;
      if (req.method === "GET" && path === "/") {
        res.setHeader(
          "set-cookie",
          `stp_token=${token}; HttpOnly; SameSite=Strict; Path=/`,
        );
        res.setHeader(
          "content-security-policy",
          "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'",
        );
        return send(res, 200, APP_PAGE, "text/html; charset=utf-8");
      }
      if (req.method === "GET" && path.startsWith("/pdfjs/")) {
        const rest = decodeURIComponent(path.slice("/pdfjs/".length));
        if (!PDFJS_PARTS.some((p) => rest.startsWith(p)))
          return send(res, 404, { error: "not found" });
        return sendFileInside(
          res,
          PDFJS_DIR,
          rest,
          rest.endsWith(".mjs")
            ? "text/javascript"
            : "application/octet-stream",
        );
      }
      if (req.method === "GET" && path === "/api/mentions") {
        const f = (k: string) => url.searchParams.get(k) || undefined;
        const names = new Map(
          readPlanCounts(options.db).map((p) => [p.plan, p.name]),
        );
        const rows = loadKwic(options.db, WINDOW_TOKENS)
          .filter(
            (m) =>
              (f("plan") === undefined || m.plan_id === f("plan")) &&
              (f("term") === undefined || m.term_id === f("term")) &&
              (f("concept") === undefined || m.concept === f("concept")) &&
              (f("verdict") === undefined || m.verdict === f("verdict")) &&
              matchesFilter(
                `${m.plan_id} ${names.get(m.plan_id) ?? ""} ${m.document} ${m.left} ${m.match} ${m.right}`,
                f("q") ?? "",
              ),
          )
          .sort(compareMentionPlaces);
        const offset = Math.max(
          0,
          Number(url.searchParams.get("offset") ?? 0) || 0,
        );
        return send(res, 200, {
          total: rows.length,
          offset,
          pageSize: PAGE_SIZE,
          rows: rows.slice(offset, offset + PAGE_SIZE).map((m) => ({
            id: m.mention_id,
            plan: m.plan_id,
            document: m.document,
            page: m.page,
            start: m.start,
            end: m.end,
            left: m.left,
            match: m.match,
            right: m.right,
            term: m.term_id,
            concept: m.concept,
            verdict: m.verdict,
            note: m.note,
            boxes: m.boxes,
          })),
          plans: [...new Set(loadKwic(options.db, 0).map((m) => m.plan_id))],
        });
      }
      if (req.method === "GET" && path === "/api/stats")
        return send(res, 200, statistic(options));
      if (req.method === "GET" && path.startsWith("/api/pdf/")) {
        const id = decodeURIComponent(path.slice("/api/pdf/".length));
        const mention = loadKwic(options.db, 0).find(
          (m) => m.mention_id === id,
        );
        const run = readLatestRunInfo(options.db);
        if (mention === undefined || run === null)
          return send(res, 404, { error: "no such mention" });
        return sendFileInside(
          res,
          run.corpus,
          mention.document,
          "application/pdf",
        );
      }
      if (req.method === "POST" && path === "/api/verdict") {
        const body = JSON.parse(await readBody(req)) as {
          id?: unknown;
          verdict?: unknown;
          note?: unknown;
        };
        const verdict = body.verdict;
        if (
          typeof body.id !== "string" ||
          (verdict !== "accepted" &&
            verdict !== "rejected" &&
            verdict !== "pending")
        )
          return send(res, 400, {
            error: "id and verdict (accepted, rejected, pending) needed",
          });
        const note =
          typeof body.note === "string" && body.note !== "" ? body.note : null;
        const { applied } = judge(options.db, [body.id], verdict, {
          auditor: options.auditor,
          note,
        });
        if (applied.length === 0)
          return send(res, 404, { error: "no such mention" });
        return send(res, 200, { ok: true, statistic: statistic(options) });
      }
      return send(res, 404, { error: "not found" });
    })().catch((error: unknown) =>
      send(res, 500, { error: (error as Error).message }),
    );
  });
  return { server, token };
}
