import { tokenRange, type PageToken } from "./page-tokens.js";
import type { PageWithPlaces } from "./collocates.js";

/** An n-gram holding a place of the query. */
export type Cluster = {
  readonly cluster: string;
  readonly size: number;
  readonly count: number;
  readonly plans: number;
};

/**
 * The n-grams of `minSize`..`maxSize` tokens that contain a whole place of the query (AntConc's Clusters),
 * counted by frequency. An n-gram never crosses punctuation that breaks a phrase (spec §Tokens), so each is a
 * phrase a lexicon could hold. Words are lower-cased as written.
 */
export function clusters(
  pages: Iterable<PageWithPlaces & { readonly plan: string }>,
  minSize: number,
  maxSize: number,
): Cluster[] {
  const counts = new Map<
    string,
    { size: number; count: number; plans: Set<string> }
  >();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const span of page.places) {
      const range = tokenRange(page.tokens, span);
      if (range === null) continue;
      const [first, last] = range;
      for (
        let size = Math.max(minSize, last - first + 1);
        size <= maxSize;
        size++
      ) {
        for (let start = last - size + 1; start <= first; start++) {
          const end = start + size - 1;
          if (start < 0 || end >= page.tokens.length) continue;
          const words = page.tokens.slice(start, end + 1);
          if (words.slice(0, -1).some((t) => !t.joinsNext)) continue;
          const key = words.map((t: PageToken) => t.word).join(" ");
          const at = `${key}\u0000${start}`;
          if (seen.has(at)) continue;
          seen.add(at);
          const entry = counts.get(key) ?? {
            size,
            count: 0,
            plans: new Set<string>(),
          };
          entry.count++;
          entry.plans.add(page.plan);
          counts.set(key, entry);
        }
      }
    }
  }
  return [...counts]
    .map(([cluster, c]) => ({
      cluster,
      size: c.size,
      count: c.count,
      plans: c.plans.size,
    }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.size - b.size ||
        a.cluster.localeCompare(b.cluster),
    );
}

/** "2-4" → [2, 4]; "3" → [3, 3]: the words per cluster a size or range gives, or why it gives none. */
export function clusterSizes(text: string): readonly [number, number] | string {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  const low = Number(m?.[1]);
  const high = Number(m?.[2] ?? m?.[1]);
  if (m === null || low < 1 || high < low || high > 12)
    return `"${text}": give a size or a range such as 2-4 (1 to 12 words)`;
  return [low, high];
}
