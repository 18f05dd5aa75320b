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
 * The items whose name (`nameOf`) is closest to `text`, best first, at most `limit`. Each word of the text counts
 * its best match among the name's words, so "alder_vale_final.pdf" finds "Alder Vale" and "aldr-vale" still
 * does. Items that share no word are left out.
 */
export function closestByName<T>(
  text: string,
  items: readonly T[],
  nameOf: (item: T) => string,
  limit = 3,
): T[] {
  const query = [...new Set(wordsOf(text))];
  const scored = items.map((item) => {
    const words = [...new Set(wordsOf(nameOf(item)))];
    const score = query.reduce(
      (sum, q) => sum + Math.max(0, ...words.map((w) => wordSimilarity(q, w))),
      0,
    );
    return { item, name: nameOf(item), score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.item);
}

/** The existing plans whose name or id is closest to `text` (file names, a title), best first (closestByName). */
export function suggestPlans(
  text: string,
  plans: readonly Plan[],
  limit = 3,
): Plan[] {
  return closestByName(text, plans, (p) => `${p.name} ${p.id}`, limit);
}
