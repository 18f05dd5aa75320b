import {
  pageTokens,
  suggestPhrases,
  tokensOutside,
  type PageToken,
  type Suggestion,
} from "../index.js";
import type { SuggestPage } from "../index.js";
import { boilerplateSpans, type DocumentLayout } from "../../locate/index.js";
import { loadMentions, type MentionRow } from "../../audit/index.js";
import { compileLexicon, matchPage } from "../../match/index.js";
import { readDocumentLayout } from "../../scan/index.js";
import { exploreTables, readTerms, type Db } from "../../store/index.js";
import { loadVocabulary } from "./page-index.js";
import { counted } from "../../plural.js";
import { fail, ok } from "../../problem.js";
import type { Result } from "../../types.js";
import type { Span } from "../../types.js";

type Spans = Map<string, { start: number; end: number }[]>;

/** The spans of mentions by page (document and page number). */
export function spansByPage(mentions: readonly MentionRow[]): Spans {
  const byPage: Spans = new Map();
  for (const m of mentions) {
    const key = `${m.document}\u0000${m.page}`;
    byPage.set(key, [
      ...(byPage.get(key) ?? []),
      { start: m.start, end: m.end },
    ]);
  }
  return byPage;
}

/**
 * A page's tokens read as the matcher read its mentions (`places`), so "social-\nvalue" is two words there, with
 * its running lines and contents left out (`layout`): a running header stands beside many mentions and would
 * outrank any phrase, so neither the windows nor the counts see it.
 */
export function pageWords(
  raw: string,
  places: readonly Span[],
  isKnown: (phrase: string) => boolean,
  at: { readonly layout: DocumentLayout; readonly page: number },
): PageToken[] {
  return tokensOutside(
    pageTokens(raw, { places, holdsPlace: isKnown }),
    boilerplateSpans(at.layout, { page: at.page, raw }),
  );
}

/** Reads each document content's layout once (readDocumentLayout): a corpus has many pages per document. */
export function layoutReader(db: Db): (sha256: string) => DocumentLayout {
  const layouts = new Map<string, DocumentLayout>();
  return (sha256) => {
    const layout = layouts.get(sha256) ?? readDocumentLayout(db, sha256);
    layouts.set(sha256, layout);
    return layout;
  };
}

/**
 * Every page of the corpus with the concept's mentions on it: accepted ones when any is accepted, else all; its
 * running lines and contents pages (the document's layout) left out. Null when no stored mention has the concept.
 * `isKnown`: whether the lexicon finds a mention in a text.
 */
function conceptPages(
  db: Db,
  concept: string,
  isKnown: (phrase: string) => boolean,
): { pages: SuggestPage[]; basis: string } | null {
  const stored = loadMentions(db);
  const known = spansByPage(stored);
  const mentions = stored.filter((m) => m.concept === concept);
  if (mentions.length === 0) return null;
  const accepted = mentions.filter((m) => m.verdict === "accepted");
  const used = accepted.length > 0 ? accepted : mentions;
  const byPage = spansByPage(used);
  const layoutOf = layoutReader(db);
  const pages = loadVocabulary(db, []).map((r): SuggestPage => {
    const at = `${r.document}\u0000${r.page}`;
    const [raw = ""] = exploreTables.readStoredPages(db, [r]);
    return {
      plan: r.plan,
      document: r.document,
      page: r.page,
      tokens: pageWords(raw, known.get(at) ?? [], isKnown, {
        layout: layoutOf(r.sha256),
        page: r.page,
      }),
      mentions: byPage.get(at) ?? [],
      known: known.get(at) ?? [],
    };
  });
  return {
    pages,
    basis:
      accepted.length > 0
        ? `${used.length} accepted mentions`
        : `all ${counted(used.length, "mention")}`,
  };
}

/**
 * Phrases the stored lexicon lacks that stand in the contexts of a concept's mentions, and what those contexts
 * were taken from (`basis`); a problem when no stored mention has the concept.
 */
export function suggestionsFor(
  db: Db,
  concept: string,
  options: { readonly windowTokens: number; readonly minCount: number },
): Result<{
  readonly suggestions: Suggestion[];
  readonly basis: string;
}> {
  const lexicon = compileLexicon(readTerms(db));
  const isKnown = (phrase: string) =>
    matchPage({ page: 1, raw: phrase, hasText: true }, lexicon).length > 0;
  const found = conceptPages(db, concept, isKnown);
  if (found === null)
    return fail({
      file: `--concept "${concept}"`,
      reason: "no stored mention has this concept",
    });
  const suggestions = suggestPhrases(found.pages, isKnown, options);
  return ok({ suggestions, basis: found.basis });
}
