import {
  hasWords,
  queryWords,
  sourceLabel,
  verdictOf,
  type KwicMention,
} from "../audit/index.js";
import type { MentionJson, MentionsJson } from "./api-types.js";
import { withVerdict, type AuditView } from "./audit-view.js";

/** Rows in one page of the list. */
const PAGE_SIZE = 50;

/**
 * The mentions the list shows, in list order: filtered by plan, term, concept, verdict, location and words (q),
 * with their verdicts now. Only the rows asked for (`offset`, one page) get their verdict and note copied in.
 */
function listedMentions(
  view: AuditView,
  params: URLSearchParams,
): { total: number; page: (offset: number) => KwicMention[] } {
  const f = (k: string) => params.get(k) || undefined;
  const [plan, term, concept, verdict, location] = [
    "plan",
    "term",
    "concept",
    "verdict",
    "location",
  ].map(f);
  const words = queryWords(f("q") ?? "");
  const corpus = view.corpus();
  const { states } = view.verdicts();
  const rows = corpus.sorted.filter(
    (m, i) =>
      (plan === undefined || m.plan_id === plan) &&
      (term === undefined || m.term_id === term) &&
      (concept === undefined || m.concept === concept) &&
      (verdict === undefined || verdictOf(states, m.mention_id) === verdict) &&
      (location === undefined || m.location === location) &&
      (words.length === 0 || hasWords(corpus.searchText[i] ?? "", words)),
  );
  return {
    total: rows.length,
    page: (offset) =>
      rows.slice(offset, offset + PAGE_SIZE).map((m) => withVerdict(m, states)),
  };
}

/** A mention as the page receives it. */
const mentionJson = (m: KwicMention): MentionJson => ({
  id: m.mention_id,
  plan: m.plan_id,
  document: m.document,
  page: m.page,
  start: m.start,
  end: m.end,
  left: m.left,
  match: m.match,
  right: m.right,
  term: m.term_id,
  concept: m.concept,
  verdict: m.verdict,
  note: m.note,
  boxes: m.boxes,
  location: m.location,
  source: sourceLabel(m),
});

/** GET /api/mentions?plan=&term=&concept=&verdict=&location=&q=&offset=: one page of the filtered list. */
export function mentionsPage(
  view: AuditView,
  params: URLSearchParams,
): MentionsJson {
  const listed = listedMentions(view, params);
  const offset = Math.max(0, Number(params.get("offset") ?? 0) || 0);
  return {
    total: listed.total,
    offset,
    pageSize: PAGE_SIZE,
    rows: listed.page(offset).map(mentionJson),
    plans: view.corpus().plans,
  };
}
