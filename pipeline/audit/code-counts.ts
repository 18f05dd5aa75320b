import type { EffectiveVerdict } from "../types.js";

/** How many mentions carry one reason with one verdict. */
export type CodeCount = {
  readonly verdict: "accepted" | "rejected";
  /** The codebook id; null for the mentions judged without a reason. */
  readonly code: string | null;
  readonly mentions: number;
};

/**
 * The judged mentions counted by the reason of their verdict (see effectiveCodes): accepted ones first, then by
 * code id, mentions without a reason last of their verdict. Pending and disputed mentions have no reason yet.
 */
export function countByCode(
  mentions: readonly {
    readonly mentionId: string;
    readonly verdict: EffectiveVerdict;
  }[],
  codes: ReadonlyMap<string, string | null>,
): CodeCount[] {
  const counts = new Map<string, CodeCount>();
  for (const m of mentions) {
    if (m.verdict !== "accepted" && m.verdict !== "rejected") continue;
    const code = codes.get(m.mentionId) ?? null;
    const key = `${m.verdict}\u0000${code ?? ""}`;
    const seen = counts.get(key);
    counts.set(key, {
      verdict: m.verdict,
      code,
      mentions: (seen?.mentions ?? 0) + 1,
    });
  }
  const rank = (c: CodeCount) =>
    `${c.verdict === "accepted" ? 0 : 1}${c.code === null ? "\uffff" : c.code}`;
  return [...counts.values()].sort((a, b) =>
    rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0,
  );
}
