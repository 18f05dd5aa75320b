import { highlightRects } from "./highlight.js";
import { contextAround, mentionId } from "./kwic.js";
import { WINDOW_TOKENS } from "../defaults.js";
import type { CompiledLexicon } from "./lexicon.js";
import { analysePage } from "./match-page.js";
import type { Doc, MentionRecord, PageText, Term } from "../types.js";

/** Mentions of some pages of a document as stored (stable ids, context words), and each page's stems. */
export function recordMentions(
  doc: Doc,
  pages: readonly PageText[],
  lexicon: CompiledLexicon,
): { mentions: MentionRecord[]; stems: Map<number, ReadonlySet<string>> } {
  const terms = new Map<string, Term>(lexicon.terms.map((t) => [t.id, t]));
  const stems = new Map<number, ReadonlySet<string>>();
  const mentions = pages.flatMap((page) => {
    const analysis = analysePage(page, lexicon);
    stems.set(page.pageNumber, analysis.stems);
    const seen = new Map<string, number>();
    return analysis.mentions.map((m) => {
      const term = terms.get(m.termId) as Term;
      const { left, right } = contextAround(page.raw, m.span, WINDOW_TOKENS);
      const passage = [left, m.surface.replace(/\s+/g, " "), right].join(" ");
      const key = `${m.termId}\u0000${passage}`;
      const ordinal = seen.get(key) ?? 0;
      seen.set(key, ordinal + 1);
      const id = mentionId({
        document: doc.path,
        pageNumber: m.pageNumber,
        termId: m.termId,
        passage,
        ordinal,
      });
      return {
        ...m,
        mentionId: id,
        document: doc.path,
        concept: term.concept,
        headline: term.headline,
        leftContext: left,
        rightContext: right,
        boxes: highlightRects(page.raw, page.boxes ?? [], m.span),
      };
    });
  });
  return { mentions, stems };
}
