import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import {
  assignmentOf,
  codebookOf,
  judge,
  verdictOf,
  hasWords,
  queryWords,
  sourceLabel,
  type KwicMention,
} from "../audit/index.js";
import {
  readLatestRunInfo,
  readMentionDocument,
  type Db,
} from "../store/index.js";
import { withVerdict, type AuditView } from "./audit-view.js";
import { APP_PAGE } from "./page.js";
import { readBody, send, sendFileInside } from "./respond.js";
import { postedCode } from "./posted-code.js";

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
  /** Blind coding: the app shows the auditor only their own verdicts, notes and reasons. @default false */
  readonly blind?: boolean;
};

/** One request that passed the guards. */
export type Request = {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly options: ServeOptions;
  /** The database as the app last read it, read again when it changes (audit-view.ts). */
  readonly view: AuditView;
};

/** A route: a method and a path (or, ending in "/", a path prefix), and what answers it. */
type Route = {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly handle: (r: Request) => void | Promise<void>;
};

function sendPage({ res }: Request): void {
  res.setHeader(
    "content-security-policy",
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'",
  );
  send(res, 200, APP_PAGE, "text/html; charset=utf-8");
}

/** A %-encoded part of a path as text; null when its encoding is broken (`%E0%A4%A`), which is the client's fault. */
function decodePathPart(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const BAD_ENCODING = { error: "the address has a broken %-encoding" };

function sendPdfjs({ res, url }: Request): void {
  const rest = decodePathPart(url.pathname.slice("/pdfjs/".length));
  if (rest === null) return send(res, 400, BAD_ENCODING);
  if (!PDFJS_PARTS.some((p) => rest.startsWith(p)))
    return send(res, 404, { error: "not found" });
  const type = rest.endsWith(".mjs")
    ? "text/javascript"
    : "application/octet-stream";
  sendFileInside(res, PDFJS_DIR, rest, type);
}

/**
 * The mentions the list shows, in list order: filtered by plan, term, concept, verdict, location, words (q) and
 * the auditor's assignment (`assigned=1`), with their verdicts now (blind, the auditor's own). Only the rows asked
 * for (`offset`, one page) get their verdict, note and reason copied in.
 */
function listedMentions(
  view: AuditView,
  params: URLSearchParams,
  assigned: ReadonlySet<string> | null,
): { total: number; page: (offset: number) => ListedMention[] } {
  const f = (k: string) => params.get(k) || undefined;
  const [plan, term, concept, verdict, location] = [
    "plan",
    "term",
    "concept",
    "verdict",
    "location",
  ].map(f);
  const words = queryWords(f("q") ?? "");
  const corpus = view.corpus();
  const tally = view.verdicts();
  const { states } = tally;
  const rows = corpus.sorted.filter(
    (m, i) =>
      (assigned === null || assigned.has(m.mention_id)) &&
      (plan === undefined || m.plan_id === plan) &&
      (term === undefined || m.term_id === term) &&
      (concept === undefined || m.concept === concept) &&
      (verdict === undefined || verdictOf(states, m.mention_id) === verdict) &&
      (location === undefined || m.location === location) &&
      (words.length === 0 || hasWords(corpus.searchText[i] ?? "", words)),
  );
  return {
    total: rows.length,
    page: (offset) =>
      rows.slice(offset, offset + PAGE_SIZE).map((m) => withVerdict(m, tally)),
  };
}

/** A mention with its verdict, note and reason as the list shows them. */
type ListedMention = KwicMention & { readonly code: string | null };

/** A mention as the page receives it. */
const mentionJson = (m: ListedMention) => ({
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
  code: m.code,
  boxes: m.boxes,
  location: m.location,
  source: sourceLabel(m),
});

function sendMentions({ res, url, view, options }: Request): void {
  const assigned =
    url.searchParams.get("assigned") === "1"
      ? (assignmentOf(options.db, options.auditor) ?? new Set<string>())
      : null;
  const listed = listedMentions(view, url.searchParams, assigned);
  const offset = Math.max(0, Number(url.searchParams.get("offset") ?? 0) || 0);
  send(res, 200, {
    total: listed.total,
    offset,
    pageSize: PAGE_SIZE,
    rows: listed.page(offset).map(mentionJson),
    plans: view.corpus().plans,
    blind: options.blind === true,
  });
}

/** The PDF of one mention's document, found by the mention's id. */
function sendPdf({ res, url, options }: Request): void {
  const id = decodePathPart(url.pathname.slice("/api/pdf/".length));
  if (id === null) return send(res, 400, BAD_ENCODING);
  const document = readMentionDocument(options.db, id);
  const run = readLatestRunInfo(options.db);
  if (document === null || run === null)
    return send(res, 404, { error: "no such mention" });
  sendFileInside(res, run.corpus, document, "application/pdf");
}

/** A request body read as a JSON object; null when it is not JSON, or JSON but not an object. */
function jsonObjectOf(text: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

async function postVerdict({
  req,
  res,
  options,
  view,
}: Request): Promise<void> {
  const body = jsonObjectOf(await readBody(req));
  const verdict = body?.["verdict"];
  if (
    body === null ||
    typeof body["id"] !== "string" ||
    (verdict !== "accepted" && verdict !== "rejected" && verdict !== "pending")
  )
    return send(res, 400, {
      error:
        "a JSON object with id and verdict (accepted, rejected, pending) needed",
    });
  if (
    body["note"] !== undefined &&
    body["note"] !== null &&
    typeof body["note"] !== "string"
  )
    return send(res, 400, { error: "note must be text" });
  const note =
    typeof body["note"] === "string" && body["note"] !== ""
      ? body["note"]
      : null;
  const code = postedCode(options.db, body["code"], verdict);
  if (code.error !== undefined) return send(res, 400, { error: code.error });
  const { applied } = judge(options.db, [body["id"]], verdict, {
    auditor: options.auditor,
    note,
    code: code.id,
    blind: options.blind === true,
  });
  if (applied.length === 0) return send(res, 404, { error: "no such mention" });
  send(res, 200, { ok: true, statistic: view.verdicts().statistic() });
}

/** The app's routes, tried in order; a path ending in "/" is a prefix. */
const ROUTES: readonly Route[] = [
  { method: "GET", path: "/", handle: sendPage },
  { method: "GET", path: "/pdfjs/", handle: sendPdfjs },
  { method: "GET", path: "/api/mentions", handle: sendMentions },
  {
    method: "GET",
    path: "/api/stats",
    handle: ({ res, view }) => send(res, 200, view.verdicts().statistic()),
  },
  { method: "GET", path: "/api/pdf/", handle: sendPdf },
  {
    method: "GET",
    path: "/api/codes",
    handle: ({ res, options }) => send(res, 200, codebookOf(options.db)),
  },
  { method: "POST", path: "/api/verdict", handle: postVerdict },
];

const matches = (route: Route, path: string) =>
  route.path !== "/" && route.path.endsWith("/")
    ? path.startsWith(route.path)
    : path === route.path;

/** Answers one request that passed the guards: its route's handler, or 404. */
export async function route(r: Request): Promise<void> {
  const found = ROUTES.find(
    (x) => x.method === r.req.method && matches(x, r.url.pathname),
  );
  if (found === undefined) return send(r.res, 404, { error: "not found" });
  await found.handle(r);
}
