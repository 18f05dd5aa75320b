import {
  decisiveOrder,
  hasWords,
  queryWords,
  sourceLabel,
  verdictOf,
  type KwicMention,
} from "../audit/index.js";
import { computeShare } from "../stats/index.js";
import type { MentionJson, MentionsJson } from "./api-types.js";
import { withVerdict, type AuditView } from "./audit-view.js";

/** Rows in one page of the list. */
const PAGE_SIZE = 50;

/** A mention with its verdict, note and reason as the list shows them. */
type ListedMention = KwicMention & { readonly code: string | null };

/**
 * The mentions the list shows, in list order: filtered by plan, term, concept, verdict, location, words (q) and
 * the viewer's assignment (`assigned=1`), with their verdicts now (blind, the viewer's own). Only the rows asked
 * for (`offset`, one page) get their verdict, note and reason copied in.
 */
function listedMentions(
  view: AuditView,
  params: URLSearchParams,
): { total: number; page: (offset: number) => ListedMention[] } {
  const f = (k: string) => params.get(k) || undefined;
  const [plan, term, concept, verdict, location] = [
    "plan",
    "term",
    "concept",
    "verdict",
    "location",
  ].map(f);
  const words = queryWords(f("q") ?? "");
  const assigned =
    params.get("assigned") === "1"
      ? (view.assignment() ?? new Set<string>())
      : null;
  const corpus = view.corpus();
  const tally = view.verdicts();
  const { states } = tally;
  const filtered = corpus.sorted.filter(
    (m, i) =>
      (assigned === null || assigned.has(m.mention_id)) &&
      (plan === undefined || m.plan_id === plan) &&
      (term === undefined || m.term_id === term) &&
      (concept === undefined || m.concept === concept) &&
      (verdict === undefined || verdictOf(states, m.mention_id) === verdict) &&
      (location === undefined || m.location === location) &&
      (words.length === 0 || hasWords(corpus.searchText[i] ?? "", words)),
  );
  // "Most decisive first": the open mentions in the order the terminal audit walks them (auditQueue).
  const rows =
    params.get("order") === "decisive"
      ? decisiveOrder(
          filtered,
          (m) => verdictOf(states, m.mention_id),
          new Set(
            computeShare(
              corpus.planCounts,
              view.thresholdMentions,
            ).reportedApart.map((a) => a.plan),
          ),
          view.thresholdMentions,
        )
      : filtered;
  return {
    total: rows.length,
    page: (offset) =>
      rows
        .slice(offset, offset + PAGE_SIZE)
        .map((m) => withVerdict(m, tally, corpus.passageCodes)),
  };
}

/** A mention as the page receives it, with the mentions that read the same (`groups`, its own id among them). */
const mentionJson = (
  m: ListedMention,
  groups: ReadonlyMap<string, readonly string[]>,
): MentionJson => ({
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
  code: m.code,
  boxes: m.boxes,
  location: m.location,
  source: sourceLabel(m),
  group: groups.get(m.group) ?? [m.mention_id],
});

/**
 * GET /api/mentions?plan=&term=&concept=&verdict=&location=&q=&assigned=&order=&offset=: one page of the filtered
 * list (`order=decisive`: its open mentions, most decisive first).
 */
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
    rows: listed.page(offset).map((m) => mentionJson(m, view.corpus().groups)),
    plans: view.corpus().plans,
    blind: view.viewer.blind,
  };
}
