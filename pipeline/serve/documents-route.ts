import { Hono } from "hono";
import { eachPlace, type Query } from "../explore/index.js";
import { highlightRects } from "../match/index.js";
import { loadMentions, type MentionRow } from "../audit/index.js";
import { beyondTables, readLatestRunInfo, scanTables } from "../store/index.js";
import type { PageText } from "../types.js";
import type { PageJson } from "./api-types.js";
import { corpusFacts } from "./corpus-facts.js";
import { queryParams } from "./query-params.js";
import { answer, BAD_ENCODING, fileInside, refusal } from "./respond.js";
import type { AppContext } from "./app-context.js";

/**
 * The document and what is asked of it in `/api/documents/<document>/pages/<n>` or `/api/documents/<document>/pdf`:
 * the document's path %-encoded as one segment (or, as typed by hand, with its slashes); null when the
 * %-encoding is broken.
 */
function documentPath(url: string): { document: string; rest: string } | null {
  const path = new URL(url).pathname.slice("/api/documents/".length);
  const m = /^(.+)\/(pages\/[^/]*|pdf)$/.exec(path);
  try {
    return m === null
      ? { document: decodeURIComponent(path), rest: "" }
      : {
          document: decodeURIComponent(m[1] ?? ""),
          rest: decodeURIComponent(m[2] ?? ""),
        };
  } catch {
    return null;
  }
}

/** Every mention (counted or in a duplicate) by document and page, with its verdict now; and the standing coded passages. */
const mentionsByPage = ({ options, answers }: AppContext) =>
  answers.get(
    "mentions by page",
    () => {
      const pages = new Map<string, MentionRow[]>();
      for (const m of loadMentions(options.db)) {
        const key = `${m.document}\u0000${m.page}`;
        pages.set(key, [...(pages.get(key) ?? []), m]);
      }
      const passages = new Map(
        beyondTables
          .readStandingPassages(options.db)
          .map((p) => [p.mentionId, p]),
      );
      return { pages, passages };
    },
    { verdicts: true },
  );

/** A mention as the page route lists it (a coded passage with its coder, note and reason). */
export const pageMentionOf = (
  m: Pick<
    MentionRow,
    | "mention_id"
    | "term_id"
    | "concept"
    | "headline"
    | "verdict"
    | "location"
    | "start"
    | "end"
    | "boxes"
    | "source"
  >,
  passage: beyondTables.CodedPassage | undefined,
): PageJson["mentions"][number] => ({
  id: m.mention_id,
  term: m.term_id,
  concept: m.concept,
  headline: m.headline,
  verdict: m.verdict,
  location: m.location,
  start: m.start,
  end: m.end,
  boxes: m.boxes,
  source: m.source,
  coded:
    passage === undefined
      ? null
      : {
          auditor: passage.auditor,
          note: passage.note,
          code: passage.code,
          codedAt: passage.codedAt,
        },
});

/** The mentions on a page, with their verdicts now and where to highlight them (the page route's). */
export const mentionsOn = (
  app: AppContext,
  document: string,
  page: number,
): PageJson["mentions"] => {
  const { pages, passages } = mentionsByPage(app);
  return (pages.get(`${document}\u0000${page}`) ?? []).map((m) =>
    pageMentionOf(m, passages.get(m.mention_id)),
  );
};

/** The places of `query` on a stored page, as search finds them, with where to highlight them. */
const hitsOn = (
  plan: string,
  at: {
    readonly document: string;
    readonly page: number;
    readonly pages: number;
  },
  stored: PageText | undefined,
  query: Query,
): PageJson["hits"] => {
  const raw = stored?.raw ?? "";
  return [...eachPlace([{ plan, ...at, raw }], query, [])].map((p) => ({
    start: p.start,
    end: p.end,
    match: p.match,
    boxes: highlightRects(raw, stored?.boxes ?? [], p),
  }));
};

/** GET /api/documents/<document>/pages/<n>?q=&mode=: the page, its mentions and the query's places on it. */
function pageJson(
  app: AppContext,
  document: string,
  pageText: string,
  params: URLSearchParams,
): Response {
  const { db } = app.options;
  const doc = corpusFacts(db, app.answers).document(document);
  if (doc === undefined)
    return refusal(404, `no document "${document}" in the corpus`);
  const page = /^\d+$/.test(pageText) ? Number(pageText) : NaN;
  if (!Number.isSafeInteger(page))
    return refusal(400, `page: give a page number (not "${pageText}")`);
  const pages = doc.pages ?? 0;
  if (page < 1 || page > pages)
    return refusal(
      404,
      `no page ${page} in ${document} (it has ${pages === 0 ? "no pages that could be read" : `pages 1-${pages}`})`,
    );
  const read = queryParams(params);
  const query = params.has("q") ? read.query() : null;
  const problem = read.problem();
  if (problem !== null) return refusal(400, problem);
  const stored =
    doc.sha256 === null
      ? undefined
      : scanTables.readPages(db, doc.sha256, new Set([page]))[0];
  const raw = stored?.raw ?? "";
  return answer(200, {
    document,
    plan: doc.plan_id,
    page,
    pages,
    class:
      corpusFacts(db, app.answers).classesOf(document)[page - 1] ??
      "unreadable",
    text: raw,
    mentions: mentionsOn(app, document, page),
    hits:
      query === null
        ? []
        : hitsOn(doc.plan_id, { document, page, pages }, stored, query.query),
    width: null,
    height: null,
  } satisfies PageJson);
}

/** GET /api/documents/<document>/pdf: the document's PDF, from the corpus the database was scanned from. */
function documentPdf(app: AppContext, document: string): Response {
  const { db } = app.options;
  const run = readLatestRunInfo(db);
  if (
    corpusFacts(db, app.answers).document(document) === undefined ||
    run === null
  )
    return refusal(404, `no document "${document}" in the corpus`);
  return fileInside(run.corpus, document, "application/pdf");
}

/** A document's pages and its PDF. */
export const documentsRoutes = (app: AppContext) =>
  new Hono().get("/api/documents/:rest{.+}", (c) => {
    const asked = documentPath(c.req.url);
    if (asked === null) return refusal(400, BAD_ENCODING);
    if (asked.rest === "pdf") return documentPdf(app, asked.document);
    if (asked.rest.startsWith("pages/"))
      return pageJson(
        app,
        asked.document,
        asked.rest.slice("pages/".length),
        new URL(c.req.url).searchParams,
      );
    return refusal(
      404,
      "not found: ask /api/documents/<document>/pages/<n> or /api/documents/<document>/pdf",
    );
  });
