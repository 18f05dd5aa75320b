import { codebookOf, judge, resolveCode } from "../audit/index.js";
import { fail, ok } from "../problem.js";
import type { Db } from "../store/index.js";
import type { Result } from "../types.js";
import type { VerdictJson, VerdictRequest } from "./api-types.js";
import type { AuditView } from "./audit-view.js";

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

/** A verdict not stored: the status it is answered with, and why. */
export type VerdictRefusal = {
  readonly status: 400 | 404;
  readonly reason: string;
};

/**
 * Stores a verdict by `auditor` (blind when the view's viewer codes blind), with its reason checked against the
 * codebook read afresh (so an edit shows); refused with 400 for a reason that is unknown or counts as the other
 * verdict, 404 when there is no such mention.
 */
export function postVerdict(
  db: Db,
  view: AuditView,
  auditor: string,
  request: VerdictRequest,
): Result<VerdictJson, VerdictRefusal> {
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
  const { applied } = judge(db, [request.id], request.verdict, {
    auditor,
    note,
    code,
    blind: view.viewer.blind,
  });
  if (applied.length === 0)
    return fail({ status: 404, reason: "no such mention" });
  return ok({ ok: true, statistic: view.verdicts().statistic() });
}
