import { codebookOf, resolveCode } from "../audit/index.js";
import type { Db } from "../store/index.js";

/**
 * The reason a posted verdict carries (`code`: a codebook id or key; absent, null or "" for none), or why it is
 * refused: not text, unknown, or counting as the other verdict. The codebook is read afresh, so an edit shows.
 */
export function postedCode(
  db: Db,
  given: unknown,
  verdict: "accepted" | "rejected" | "pending",
): { readonly id: string | null; readonly error?: string } {
  if (given === undefined || given === null || given === "")
    return { id: null };
  if (typeof given !== "string")
    return { id: null, error: "code must be text: a codebook id" };
  const { id, problem } = resolveCode(codebookOf(db), given, verdict);
  return problem === null ? { id } : { id: null, error: problem };
}
