import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { codebookOf, judge, resolveCode, verdictOf } from "../audit/index.js";
import { fail, ok } from "../problem.js";
import type { Db } from "../store/index.js";
import type { Result } from "../types.js";
import type {
  VerdictJson,
  VerdictRequest,
  VerdictsJson,
  VerdictsRequest,
} from "./api-types.js";
import type { AppContext } from "./app-context.js";
import type { AuditView } from "./audit-view.js";
import { answer, refusal } from "./respond.js";

/** A request body read as a JSON object; null when it is not JSON, or JSON but not an object. */
export function jsonObjectOf(text: string): Record<string, unknown> | null {
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

/** POST /api/verdict's body as a verdict request, or why it is not one (a 400). */
export function verdictRequestOf(text: string): VerdictRequest | string {
  const body = jsonObjectOf(text);
  const verdict = body?.["verdict"];
  if (
    body === null ||
    typeof body["id"] !== "string" ||
    (verdict !== "accepted" && verdict !== "rejected" && verdict !== "pending")
  )
    return "a JSON object with id and verdict (accepted, rejected, pending) needed";
  const note = body["note"];
  if (note !== undefined && note !== null && typeof note !== "string")
    return "note must be text";
  const code = body["code"];
  if (code !== undefined && code !== null && typeof code !== "string")
    return "code must be text: a codebook id";
  return { id: body["id"], verdict, note: note ?? null, code: code ?? null };
}

/** The most mentions one POST /api/verdicts decides (a group of identical passages is far smaller). */
const MAX_IDS = 1000;

/** Auditor names a request may give: a name as `--auditor` takes it, not a paragraph. */
const AUDITOR = /^[^\p{C}]{1,80}$/u;

/** POST /api/verdicts' body as a request, or why it is not one (a 400). */
export function verdictsRequestOf(text: string): VerdictsRequest | string {
  const body = jsonObjectOf(text);
  const ids = body?.["ids"];
  if (
    body === null ||
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !ids.every((id) => typeof id === "string")
  )
    return `a JSON object with ids (a list of mention ids) and verdict (accepted, rejected, pending) needed`;
  if (ids.length > MAX_IDS)
    return `ids: at most ${MAX_IDS} mentions at once (not ${ids.length})`;
  const single = verdictRequestOf(JSON.stringify({ ...body, id: "" }));
  if (typeof single === "string") return single.replace("id and", "ids and");
  const auditor = body["auditor"];
  if (
    auditor !== undefined &&
    auditor !== null &&
    (typeof auditor !== "string" || !AUDITOR.test(auditor.trim()))
  )
    return "auditor must be a name (1 to 80 characters on one line)";
  return {
    ids: ids,
    verdict: single.verdict,
    note: single.note ?? null,
    code: single.code ?? null,
    auditor: typeof auditor === "string" ? auditor.trim() : null,
  };
}

/** A verdict not stored: the status it is answered with, and why. */
export type VerdictRefusal = {
  readonly status: 400 | 404;
  readonly reason: string;
};

/**
 * Stores one verdict for each of `request.ids` by `auditor` (blind when the view's viewer codes blind), with its
 * reason checked against the codebook read afresh (so an edit shows); refused with 400 for a reason that is
 * unknown or counts as the other verdict, 404 when no id names a mention. Ids that name none are answered back.
 */
export function postVerdicts(
  db: Db,
  view: AuditView,
  auditor: string,
  request: VerdictsRequest,
): Result<VerdictsJson, VerdictRefusal> {
  const note =
    typeof request.note === "string" && request.note !== ""
      ? request.note
      : null;
  let code: string | null = null;
  if (typeof request.code === "string" && request.code !== "") {
    const resolved = resolveCode(codebookOf(db), request.code, request.verdict);
    if (resolved.problem !== null)
      return fail({ status: 400, reason: resolved.problem });
    code = resolved.id;
  }
  const tally = view.verdicts();
  const stood = new Map(
    request.ids.map((id) => [
      id,
      {
        id,
        verdict: verdictOf(tally.states, id),
        code: tally.codes.get(id) ?? null,
      },
    ]),
  );
  const { applied, unknown } = judge(db, request.ids, request.verdict, {
    auditor: request.auditor ?? auditor,
    note,
    code,
    blind: view.viewer.blind,
  });
  if (applied.length === 0)
    return fail({
      status: 404,
      reason: request.ids.length === 1 ? "no such mention" : "no such mentions",
    });
  return ok({
    applied,
    unknown,
    before: applied.flatMap((id) => stood.get(id) ?? []),
    statistic: view.verdicts().statistic(),
  });
}

/** POST /api/verdict: one mention's verdict, by the auditor `serve` was started with. */
export function postVerdict(
  db: Db,
  view: AuditView,
  auditor: string,
  request: VerdictRequest,
): Result<VerdictJson, VerdictRefusal> {
  const { id, ...rest } = request;
  const stored = postVerdicts(db, view, auditor, { ...rest, ids: [id] });
  return stored.ok
    ? ok({ ok: true, statistic: stored.value.statistic })
    : stored;
}

/** The largest verdict body taken, in bytes. */
const VERDICT_BYTES = 100_000;

/** A request's body up to VERDICT_BYTES; past that, 413. */
const verdictBody = () =>
  bodyLimit({
    maxSize: VERDICT_BYTES,
    onError: () => refusal(413, "request too large"),
  });

/** A stored verdict's answer, or the refusal's. */
const answered = <T>(stored: Result<T, VerdictRefusal>): Response =>
  stored.ok
    ? answer(200, stored.value as object)
    : refusal(stored.problem.status, stored.problem.reason);

/** POST /api/verdict (one mention, the audit page's) and POST /api/verdicts (several at once, by an auditor named). */
export const verdictRoutes = ({ options, view }: AppContext) =>
  new Hono()
    .post("/api/verdict", verdictBody(), async (c) => {
      const request = verdictRequestOf(await c.req.text());
      if (typeof request === "string") return refusal(400, request);
      return answered(postVerdict(options.db, view, options.auditor, request));
    })
    .post("/api/verdicts", verdictBody(), async (c) => {
      const request = verdictsRequestOf(await c.req.text());
      if (typeof request === "string") return refusal(400, request);
      return answered(postVerdicts(options.db, view, options.auditor, request));
    });
