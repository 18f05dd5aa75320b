import {
  diffLexicon,
  holdsAnyTerm,
  mayGainMention,
  recordMentions,
  type CompiledLexicon,
  type LexiconDiff,
} from "../match/index.js";
import { scanTables, type Db } from "../store/index.js";
import { locateFoundAgain } from "./locate-mentions.js";
import type { Doc, Term } from "../types.js";

/**
 * What the lexicon edit since the stored mentions were matched asks for. Stored mentions were matched with the
 * last finished run's lexicon or with that of a run killed since. null: all of them are this lexicon, so stored
 * mentions stand. "all": a killed run matched some documents with another lexicon whose terms are not kept, so
 * every page is matched again. Else the edit since the last finished run says which pages can change.
 */
export function lexiconChange(
  before: scanTables.Snapshot,
  lexicon: { readonly sha256: string; readonly terms: readonly Term[] },
): LexiconDiff | "all" | null {
  if ([...before.unfinishedLexicons].some((sha) => sha !== lexicon.sha256))
    return "all";
  if (before.lexiconSha256 === lexicon.sha256 || before.lexiconSha256 === null)
    return null;
  return diffLexicon(before.terms, lexicon.terms);
}

/**
 * After a lexicon edit, matches again only the pages of a stored document that can change: those holding a
 * mention of a changed term, those whose stems are not known, and those where an added or edited term occurs
 * (its stems all on the page, each beside the next as far as the page's pair filter tells, then the phrase
 * itself found in one of the page's readings). Returns whether any page was matched again.
 */
export function rematchPages(
  db: Db,
  runId: number,
  doc: Doc,
  sha256: string,
  lexicon: CompiledLexicon,
  diff: LexiconDiff | "all",
): boolean {
  const termsByPage = scanTables.readMentionTerms(db, doc.path);
  const must = new Set<number>();
  const may = new Set<number>();
  for (const [page, stems] of scanTables.readPageStems(db, sha256)) {
    const changedTermThere =
      diff !== "all" &&
      [...(termsByPage.get(page) ?? [])].some((t) => diff.changedIds.has(t));
    if (diff === "all" || stems === null || changedTermThere) must.add(page);
    else if (mayGainMention(stems, diff)) may.add(page);
  }
  // A page that holds every stem of a new phrase but not the phrase (the commonest case for a term such as
  // "integrated care") keeps its mentions: finding that with the new terms alone, on the text without its boxes,
  // is cheaper than matching the page.
  if (diff !== "all" && may.size > 0) {
    for (const p of scanTables.readPages(db, sha256, may, { boxes: false }))
      if (holdsAnyTerm(p, diff.newTerms)) must.add(p.page);
  }
  if (must.size === 0) return false;
  const pages = scanTables.readPages(db, sha256, must);
  const { mentions, stems } = recordMentions(doc, pages, lexicon);
  const located = locateFoundAgain(db, doc.path, stems.keys(), mentions);
  scanTables.savePageMentions(
    db,
    runId,
    doc,
    sha256,
    stems,
    located.mentions,
    located.locateVersion,
  );
  return true;
}
