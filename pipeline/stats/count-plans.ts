import type { PlanCounts, PlanFacts } from "../types.js";

/**
 * Whether a document leaves its plan unread (spec §The statistic): any status but ok and duplicate, unless every
 * page that made it so was declared read by an analyst (spec v2.0 point 5), when it counts as read though its
 * status stays what the scan found. Only pages without text can be declared; a document unreadable as a whole (not
 * a PDF, encrypted, ...) never is.
 */
function isUnread(d: PlanFacts["documents"][number]): boolean {
  if (d.status === "ok" || d.status === "duplicate") return false;
  if (d.status !== "partial-text" && d.status !== "no-text") return true;
  const declared = new Set(d.pagesDeclaredRead);
  return !(
    d.pagesWithoutText.length > 0 &&
    d.pagesWithoutText.every((p) => declared.has(p))
  );
}

/**
 * Per-plan figures for the statistic from what the store holds: the mention counts as they are, and the plan's
 * unreadable documents (those that leave it unread, with their reason) that put it apart. The one place
 * declarations enter the statistic.
 */
export function countPlans(plans: readonly PlanFacts[]): PlanCounts[] {
  return plans.map(({ documents, ...p }) => ({
    ...p,
    unreadable: documents.filter(isUnread).map((d) => ({
      document: d.document,
      status: d.status,
      reason: d.error ?? d.status,
    })),
  }));
}
