import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import {
  drawElusion,
  drawJson,
  elusionJson,
  headlineConcept,
  judgeElusion,
} from "../audit/index.js";
import { candidatesFor, unknownNameOf } from "../explore/store/index.js";
import { problemLine } from "../problem.js";
import { candidatesJson } from "../report/index.js";
import type { AppContext } from "./app-context.js";
import type {
  CandidatesJson,
  ElusionDrawRequest,
  ElusionJudgementRequest,
} from "./beyond-types.js";
import { queryParams } from "./query-params.js";
import { answer, refusal } from "./respond.js";
import { jsonObjectOf } from "./verdict-route.js";

// Beyond the words (spec v2.1 points 4 and 5) in the workbench: the pages to read and code first, and the elusion
// sample that bounds what is still missed. Each answer is what its command prints with --json; the answers read
// from the database depend on what this app writes (coded passages, answers, draws), so they are kept only while
// its own changes stay as they were.

/** Candidates sent at most in one answer: a page of the queue, not the ranking of a whole corpus. */
const MAX_CANDIDATES = 500;

/** GET /api/candidates?concept=&limit=&offset=: one page of `candidates --json --limit 0`, with its total. */
function candidatesPage(
  { options, answers, dbFile }: AppContext,
  params: URLSearchParams,
): CandidatesJson | { status: 400 | 404; reason: string } {
  const read = queryParams(params);
  const limit = read.int("limit", {
    min: 1,
    max: MAX_CANDIDATES,
    fallback: 50,
  });
  const offset = read.int("offset", {
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    fallback: 0,
  });
  const given = read.text("concept");
  const problem = read.problem();
  if (problem !== null) return { status: 400, reason: problem };
  const unknown = unknownNameOf(options.db, dbFile, { concept: given });
  if (unknown !== null) return { status: 404, reason: unknown };
  const concept = given ?? headlineConcept(options.db);
  const ranked = answers.get(
    `candidates ${concept}`,
    () => candidatesJson(candidatesFor(options.db, concept), concept, 0),
    { verdicts: true },
  );
  return {
    concept: ranked.concept,
    basis: ranked.basis,
    pagesRanked: ranked.pagesRanked,
    total: ranked.candidates.length,
    offset,
    limit,
    candidates: ranked.candidates.slice(offset, offset + limit),
  };
}

const SEED_MAX = 2 ** 32 - 1;

const isWhole = (n: unknown, min: number, max: number): n is number =>
  typeof n === "number" && Number.isSafeInteger(n) && n >= min && n <= max;

/** POST /api/elusion/draws' body as a request, or why it is not one (a 400). */
export function drawRequestOf(text: string): ElusionDrawRequest | string {
  const body = jsonObjectOf(text);
  if (body === null)
    return "a JSON object with size (pages to draw) and seed needed";
  const { size, seed } = body;
  if (!isWhole(size, 1, Number.MAX_SAFE_INTEGER))
    return "size: give a whole number of pages from 1 up";
  if (!isWhole(seed, 0, SEED_MAX))
    return `seed: give a whole number from 0 to ${SEED_MAX}`;
  return { size, seed };
}

/** POST /api/elusion/judgements' body as a request, or why it is not one (a 400). */
export function judgementRequestOf(
  text: string,
): ElusionJudgementRequest | string {
  const body = jsonObjectOf(text);
  const given = body?.["answer"];
  if (
    body === null ||
    !isWhole(body["item"], 1, Number.MAX_SAFE_INTEGER) ||
    (given !== "yes" && given !== "no" && given !== "withdrawn")
  )
    return "a JSON object with item (a page's number in the draw) and answer (yes, no, withdrawn) needed";
  const note = body["note"] ?? null;
  if (note !== null && typeof note !== "string") return "note must be text";
  return { item: body["item"], answer: given, note };
}

const small = () =>
  bodyLimit({
    maxSize: 10_000,
    onError: () => refusal(413, "request too large"),
  });

/** GET /api/candidates, GET /api/elusion, POST /api/elusion/draws, POST /api/elusion/judgements. */
export const beyondRoutes = (app: AppContext) =>
  new Hono()
    .get("/api/candidates", (c) => {
      const page = candidatesPage(app, new URL(c.req.url).searchParams);
      return "status" in page
        ? refusal(page.status, page.reason)
        : answer(200, page);
    })
    // Read afresh each time: `null` (no draw yet) is no answer the cache keeps, and the figures are quick to add up.
    .get("/api/elusion", () =>
      answer(200, JSON.stringify(elusionJson(app.options.db))),
    )
    .post("/api/elusion/draws", small(), async (c) => {
      const request = drawRequestOf(await c.req.text());
      if (typeof request === "string") return refusal(400, request);
      const drawn = drawElusion(app.options.db, {
        ...request,
        auditor: app.options.auditor,
        threshold: app.options.threshold,
      });
      return drawn.ok
        ? answer(200, drawJson(drawn.value.draw, drawn.value.items))
        : refusal(400, problemLine(drawn.problem));
    })
    .post("/api/elusion/judgements", small(), async (c) => {
      const request = judgementRequestOf(await c.req.text());
      if (typeof request === "string") return refusal(400, request);
      const stored = judgeElusion(app.options.db, {
        target: { item: request.item },
        answer: request.answer,
        note: request.note === "" ? null : (request.note ?? null),
        auditor: app.options.auditor,
      });
      return stored.ok
        ? answer(200, stored.value)
        : refusal(400, problemLine(stored.problem));
    });
