import {
  assessPages,
  FLAG_MEANING,
  pageRanges,
  type DocumentQuality,
  type QualityFlag,
} from "../quality/index.js";
import type { DocumentNote } from "../report/index.js";
import { readPageTexts, type Db } from "../store/index.js";
import { counted } from "../plural.js";

/** Documents whose text looks unreliable in places, from the stored page text. */
export function readQuality(db: Db): DocumentQuality[] {
  return assessPages(readPageTexts(db));
}

/** `corpus quality` as text: per plan and document, the flagged pages by reason, then what each reason means. */
export function renderQuality(docs: readonly DocumentQuality[]): string {
  if (docs.length === 0) return "every page's text looks usable\n";
  const lines: string[] = [];
  const plans = [...new Set(docs.map((d) => d.plan))];
  for (const plan of plans) {
    lines.push(plan);
    for (const d of docs.filter((x) => x.plan === plan)) {
      const byFlag = new Map<QualityFlag, number[]>();
      for (const p of d.flagged)
        for (const f of p.flags)
          byFlag.set(f, [...(byFlag.get(f) ?? []), p.page]);
      const parts = [...byFlag].map(
        ([f, pages]) => `${f} p${pageRanges(pages)}`,
      );
      lines.push(
        `  ${d.document}: ${d.flagged.length} of ${counted(d.pages, "page")} (${parts.join("; ")})`,
      );
    }
  }
  const used = new Set(docs.flatMap((d) => d.flagged.flatMap((p) => p.flags)));
  lines.push("", ...[...used].map((f) => `${f}: ${FLAG_MEANING[f]}`));
  lines.push(
    `${counted(plans.length, "plan")} with pages whose text looks unreliable: a zero count there is "could not read", not "not mentioned".`,
  );
  return `${lines.join("\n")}\n`;
}

/** `corpus quality`'s second part: blank pages, duplicates, near-duplicates and what pdf.js reported. */
export function renderDocumentNotes(notes: readonly DocumentNote[]): string {
  if (notes.length === 0) return "";
  const lines = ["", "What reading the documents found:"];
  for (const document of [...new Set(notes.map((n) => n.document))]) {
    lines.push(`  ${document}`);
    for (const n of notes.filter((x) => x.document === document))
      lines.push(`    ${n.kind}: ${n.text}`);
  }
  return `${lines.join("\n")}\n`;
}
