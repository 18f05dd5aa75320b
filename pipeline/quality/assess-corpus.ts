import { measurePage, type QualityFlag } from "./page-quality.js";

/** A document with the pages whose text looks unreliable. */
export type DocumentQuality = {
  readonly plan: string;
  readonly document: string;
  readonly pages: number;
  readonly flagged: readonly {
    readonly page: number;
    readonly flags: readonly QualityFlag[];
    readonly chars: number;
  }[];
};

/** Groups page figures by document, keeping only documents with at least one flagged page (pure). */
export function assessPages(
  pages: readonly {
    plan: string;
    document: string;
    page: number;
    text: string;
    /** A `picture` (spec v2.0 point 3) is read as it is: its few or no words are not unreliable text. */
    source?: string;
  }[],
): DocumentQuality[] {
  const byDoc = new Map<
    string,
    {
      plan: string;
      document: string;
      pages: number;
      flagged: DocumentQuality["flagged"][number][];
    }
  >();
  for (const p of pages) {
    const entry = byDoc.get(p.document) ?? {
      plan: p.plan,
      document: p.document,
      pages: 0,
      flagged: [],
    };
    entry.pages++;
    const q = measurePage(p.text);
    if (q.flags.length > 0 && p.source !== "picture")
      entry.flagged.push({ page: p.page, flags: q.flags, chars: q.chars });
    byDoc.set(p.document, entry);
  }
  return [...byDoc.values()].filter((d) => d.flagged.length > 0);
}

/** "3, 5-9, 12": page numbers as a reader scans them. */
export function pageRanges(pages: readonly number[]): string {
  const sorted = [...pages].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      (sorted[j + 1] as number) === (sorted[j] as number) + 1
    )
      j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
