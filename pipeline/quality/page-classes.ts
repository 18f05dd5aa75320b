import type { DocumentQuality } from "./assess-corpus.js";
import type { QualityFlag } from "./page-quality.js";

/**
 * What a page holds, as the page viewer shows it: its text layer (`text`), text read by OCR (`ocr`), a picture
 * whose few words OCR read (`picture`), no usable text (`unreadable`), or nothing painted at all (`blank`, spec
 * v2.1 point 1).
 */
export type PageClass = "text" | "ocr" | "picture" | "unreadable" | "blank";

/**
 * The class of each page of a document (page n at index n - 1), from the source stored with each page (`text`,
 * `ocr`, `picture`, `unreadable`, by page number) and the pages the scan found blank. A page with nothing stored
 * was not read: unreadable. A document that could not be opened has no pages. Pure.
 */
export function pageClasses(
  document: {
    readonly pages: number | null;
    readonly pages_blank: readonly number[];
  },
  sources: Readonly<Record<string, string>> | undefined,
): PageClass[] {
  const blank = new Set(document.pages_blank);
  return Array.from({ length: document.pages ?? 0 }, (_, i): PageClass => {
    if (blank.has(i + 1)) return "blank";
    const source = sources?.[String(i + 1)];
    return source === "text" || source === "ocr" || source === "picture"
      ? source
      : "unreadable";
  });
}

/** A plan's pages whose text looks unreliable: how many, and the flags among them, each once. */
export type PlanQuality = {
  readonly flaggedPages: number;
  readonly flags: readonly QualityFlag[];
};

/** The quality of each plan with a flagged page (assessPages's documents summed by plan). Pure. */
export function qualityByPlan(
  documents: readonly DocumentQuality[],
): Map<string, PlanQuality> {
  const plans = new Map<string, { pages: number; flags: Set<QualityFlag> }>();
  for (const d of documents) {
    const plan = plans.get(d.plan) ?? { pages: 0, flags: new Set() };
    plan.pages += d.flagged.length;
    for (const p of d.flagged) for (const f of p.flags) plan.flags.add(f);
    plans.set(d.plan, plan);
  }
  return new Map(
    [...plans].map(([plan, q]) => [
      plan,
      { flaggedPages: q.pages, flags: [...q.flags].sort() },
    ]),
  );
}
