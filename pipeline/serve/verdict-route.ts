import { judge } from "../audit/index.js";
import type { Db } from "../store/index.js";
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
  return { id: body["id"], verdict, note: note ?? null };
}

/** Stores a verdict by `auditor`; null when there is no such mention. */
export function postVerdict(
  db: Db,
  view: AuditView,
  auditor: string,
  request: VerdictRequest,
): VerdictJson | null {
  const note =
    typeof request.note === "string" && request.note !== ""
      ? request.note
      : null;
  const { applied } = judge(db, [request.id], request.verdict, {
    auditor,
    note,
  });
  if (applied.length === 0) return null;
  return { ok: true, statistic: view.verdicts().statistic() };
}
