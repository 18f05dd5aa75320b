import type { StoredPassage } from "../store/index.js";
import type { AuditState } from "./verdicts.js";

/** Where a mention stands: its document's content, page and offsets, as the store reads it. */
export type Passage = StoredPassage;

/** A judged mention no longer found, and the mention found now on the same passage that takes its verdict. */
export type VerdictCarry = {
  readonly from: Passage;
  readonly to: Passage;
  readonly verdict: AuditState["verdict"];
  /** False when `to` already had the same verdict: nothing is copied, the carry is only recorded. */
  readonly copied: boolean;
};

// Letters and digits only, lower case: "so- cial value" and "SOCIAL VALUE" then compare as the same words.
const words = (surface: string) =>
  surface.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

const overlap = (a: Passage, b: Passage) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

// Offsets alone could meet different words if the page text changed under the same bytes (a new extractor or
// OCR reading), so one surface must also hold the other's words.
const samePassage = (a: Passage, b: Passage) => {
  const x = words(a.surface);
  const y = words(b.surface);
  return overlap(a, b) > 0 && (x.includes(y) || y.includes(x));
};

/** The one candidate a gone mention's passage is now found under, or null when there is none or no clear one. */
function successorOf(gone: Passage, candidates: readonly Passage[]) {
  const ranked = candidates
    .filter((c) => samePassage(gone, c))
    .map((c) => ({
      c,
      rank: [c.document === gone.document ? 1 : 0, overlap(gone, c)] as const,
    }))
    .sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1]);
  const [best, next] = ranked;
  if (best === undefined) return null;
  const tie =
    next !== undefined &&
    next.rank[0] === best.rank[0] &&
    next.rank[1] === best.rank[1];
  return tie ? null : best.c;
}

/**
 * The one rule for "a verdict follows its passage" (docs/auditing.md): a judged mention a scan no longer finds
 * (`gone`) and a mention that scan found anew (`appeared`) are the same passage when their documents have the
 * same content (sha256), the page is the same, their spans overlap and one's words hold the other's. Among
 * several, the same document path wins, then the larger overlap; a tie carries nothing. Nothing is carried to a
 * mention that two judged mentions now share, nor to one judged otherwise. In the order of `gone`.
 */
export function carryVerdicts(
  gone: readonly Passage[],
  appeared: readonly Passage[],
  states: ReadonlyMap<string, AuditState>,
): VerdictCarry[] {
  const byPage = new Map<string, Passage[]>();
  for (const p of appeared) {
    if (p.sha256 === null) continue;
    const key = `${p.sha256}\u0000${p.page}`;
    byPage.set(key, [...(byPage.get(key) ?? []), p]);
  }
  const pairs = gone.flatMap((from) => {
    const verdict = states.get(from.mentionId)?.verdict ?? "pending";
    if (verdict === "pending" || from.sha256 === null) return [];
    const to = successorOf(
      from,
      byPage.get(`${from.sha256}\u0000${from.page}`) ?? [],
    );
    return to === null ? [] : [{ from, to, verdict }];
  });
  const sources = new Map<string, number>();
  for (const p of pairs)
    sources.set(p.to.mentionId, (sources.get(p.to.mentionId) ?? 0) + 1);
  return pairs.flatMap((p): VerdictCarry[] => {
    if (sources.get(p.to.mentionId) !== 1) return [];
    const own = states.get(p.to.mentionId)?.verdict ?? "pending";
    if (own === "pending") return [{ ...p, copied: true }];
    return own === p.verdict ? [{ ...p, copied: false }] : [];
  });
}
