import { highlightRects } from "./highlight.js";
import { contextAround, ID_WINDOW_TOKENS, mentionId } from "./kwic.js";
import { WINDOW_TOKENS } from "../defaults.js";
import type { CompiledLexicon } from "./lexicon.js";
import { analysePage } from "./match-page.js";
import type {
  Doc,
  MentionRecord,
  PageStems,
  PageText,
  Span,
  Term,
} from "../types.js";
import { StpError } from "../problem.js";

/**
 * Spec v2.0 point 3: a mention on a page read by OCR has source `ocr` and the mean confidence of the words it
 * covers (each OCR word is one box with its confidence).
 */
function mentionSource(
  page: PageText,
  span: Span,
): Pick<MentionRecord, "source" | "confidence"> {
  if (page.source !== "ocr" && page.source !== "picture")
    return { source: "text", confidence: null };
  const covered = (page.boxes ?? []).filter(
    (b) =>
      b.confidence !== undefined && b.start < span.end && b.end > span.start,
  );
  const sum = covered.reduce((total, b) => total + (b.confidence as number), 0);
  return {
    source: "ocr",
    confidence:
      covered.length === 0
        ? null
        : Math.round((sum / covered.length) * 10) / 10,
  };
}

/** Matching stopped between two pages because the document's time was up (see recordMentions's `timeUp`). */
export class MatchingStopped extends StpError {}

/**
 * Mentions of some pages of a document as stored (stable ids, `contextTokens` words of context each side,
 * highlight rectangles), and each page's stems with its filter of adjacent stem pairs. The id does not depend on
 * `contextTokens` (see ID_WINDOW_TOKENS). `timeUp` is asked before each page: the per-document time limit covers
 * matching too, so a page set that would take longer throws MatchingStopped rather than hold the scan.
 */
export function recordMentions(
  doc: Doc,
  pages: readonly PageText[],
  lexicon: CompiledLexicon,
  contextTokens = WINDOW_TOKENS,
  timeUp: () => boolean = () => false,
): {
  mentions: MentionRecord[];
  stems: Map<number, PageStems>;
  /** Each page's normalised text (the joined reading; "" without text), by page number. */
  texts: Map<number, string>;
} {
  const terms = new Map<string, Term>(lexicon.terms.map((t) => [t.id, t]));
  const stems = new Map<number, PageStems>();
  const texts = new Map<number, string>();
  const mentions = pages.flatMap((page) => {
    if (timeUp())
      throw new MatchingStopped(
        `${doc.path}: time limit reached while matching page ${page.page}`,
      );
    const analysis = analysePage(page, lexicon);
    texts.set(page.page, analysis.text);
    stems.set(page.page, {
      stems: analysis.stems,
      pairs: analysis.pairs,
    });
    const seen = new Map<string, number>();
    return analysis.mentions.map((m) => {
      const term = terms.get(m.termId) as Term;
      const around = contextAround(page.raw, m.span, ID_WINDOW_TOKENS);
      const { left, right } =
        contextTokens === ID_WINDOW_TOKENS
          ? around
          : contextAround(page.raw, m.span, contextTokens);
      const passage = [
        around.left,
        m.surface.replace(/\s+/g, " "),
        around.right,
      ].join(" ");
      const key = `${m.termId}\u0000${passage}`;
      const ordinal = seen.get(key) ?? 0;
      seen.set(key, ordinal + 1);
      const id = mentionId({
        document: doc.path,
        page: m.page,
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
        ...mentionSource(page, m.span),
      };
    });
  });
  return { mentions, stems, texts };
}
