import { loadMentions, type MentionRow } from "../../audit/index.js";
import { compileLexicon, matchPage } from "../../match/index.js";
import { exploreTables, readTerms, type Db } from "../../store/index.js";
import {
  rankCandidates,
  type Candidate,
  type CandidateInput,
} from "../index.js";
import { counted } from "../../plural.js";
import { ensureVocabulary } from "./page-index.js";
import { layoutReader, pageWords, spansByPage } from "./concept-suggestions.js";

/** What `candidates` ranked, and what its passages were taken from. */
export type CandidateRanking = {
  readonly candidates: readonly Candidate[];
  /** The concept's passages the ranking resembles: accepted mentions (or all not rejected) and coded passages. */
  readonly basis: string;
  /** Pages ranked: those of plans with no headline mention, none coded yet. */
  readonly pagesRanked: number;
};

const pageKey = (document: string, page: number) => `${document}\u0000${page}`;

/**
 * The concept's accepted passages: its lexical mentions accepted on audit (every one not rejected while none is
 * accepted), and every passage coded under it; only in documents that count.
 */
function passagesOf(
  mentions: readonly MentionRow[],
  concept: string,
): { used: MentionRow[]; basis: string } {
  const ofConcept = mentions.filter(
    (m) => m.counted && m.concept === concept && m.verdict !== "rejected",
  );
  const coded = ofConcept.filter((m) => m.source === "analyst");
  const lexical = ofConcept.filter((m) => m.source !== "analyst");
  const accepted = lexical.filter((m) => m.verdict === "accepted");
  const taken = accepted.length > 0 ? accepted : lexical;
  return {
    used: [...taken, ...coded],
    basis: `${counted(taken.length, `${accepted.length > 0 ? "accepted" : "unrejected"} mention`)} and ${counted(coded.length, "coded passage")} of ${concept}`,
  };
}

/**
 * The pages of plans with no headline mention (none that counts: rejected ones aside), pages already coded under the
 * concept left out, ranked by how closely they resemble the concept's passages (rankCandidates).
 */
export function candidatesFor(db: Db, concept: string): CandidateRanking {
  const mentions = loadMentions(db);
  const { used, basis } = passagesOf(mentions, concept);
  const passages = spansByPage(used);
  const terms = spansByPage(used.filter((m) => m.source !== "analyst"));
  const counting = mentions.filter(
    (m) => m.counted && m.source !== "analyst" && m.verdict !== "rejected",
  );
  const plansCounted = new Set(
    counting.filter((m) => m.headline).map((m) => m.plan_id),
  );
  const related = spansByPage(counting.filter((m) => !m.headline));
  const known = spansByPage(counting);
  const coded = new Set(
    used
      .filter((m) => m.source === "analyst")
      .map((m) => pageKey(m.document, m.page)),
  );
  const lexicon = compileLexicon(readTerms(db));
  const isKnown = (phrase: string) =>
    matchPage({ page: 1, raw: phrase, hasText: true }, lexicon).length > 0;
  const layoutOf = layoutReader(db);
  ensureVocabulary(db);
  const pages = exploreTables
    .readVocabulary(db, [], { text: true })
    .map((r): CandidateInput => {
      const at = pageKey(r.document, r.page);
      const raw = (r as { text?: string }).text ?? "";
      return {
        plan: r.plan,
        document: r.document,
        page: r.page,
        raw,
        tokens: pageWords(raw, known.get(at) ?? [], isKnown, {
          layout: layoutOf(r.sha256),
          page: r.page,
        }),
        passages: passages.get(at) ?? [],
        terms: terms.get(at) ?? [],
        related: related.get(at) ?? [],
        isCandidate: !plansCounted.has(r.plan) && !coded.has(at),
      };
    });
  return {
    candidates: rankCandidates(pages),
    basis,
    pagesRanked: pages.filter((p) => p.isCandidate).length,
  };
}
