import { editDistance } from "../edit-distance.js";
import type { Plan } from "../types.js";

// Words that appear in nearly every plan's file name, so they say nothing about which plan it is.
const NOISE = new Set([
  "stp",
  "plan",
  "plans",
  "final",
  "draft",
  "pdf",
  "copy",
  "the",
  "and",
  "of",
  "for",
  "v",
  "version",
  "nhs",
  "sustainability",
  "transformation",
  "partnership",
]);

const wordsOf = (text: string): string[] =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !NOISE.has(w));

/** 0-1: how alike two words are; a typo or a plural still scores high, unrelated words 0. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.startsWith(b) || b.startsWith(a)) return 0.8;
  const score = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  return score >= 0.7 ? score : 0;
}

/**
 * The existing plans whose name or id is closest to `text` (file names, a title), best first, at most `limit`.
 * Each word of the text counts its best match among the plan's words, so "alder_vale_final.pdf" finds
 * "Alder Vale" and "aldr-vale" still does. Plans that share no word are left out.
 */
export function suggestPlans(
  text: string,
  plans: readonly Plan[],
  limit = 3,
): Plan[] {
  const query = [...new Set(wordsOf(text))];
  const scored = plans.map((plan) => {
    const words = [...new Set(wordsOf(`${plan.name} ${plan.id}`))];
    const score = query.reduce(
      (sum, q) => sum + Math.max(0, ...words.map((w) => wordSimilarity(q, w))),
      0,
    );
    return { plan, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.plan.id.localeCompare(b.plan.id))
    .slice(0, limit)
    .map((s) => s.plan);
}
