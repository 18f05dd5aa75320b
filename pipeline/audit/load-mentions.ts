import { runningKey } from "../locate/index.js";
import { contextAround } from "../match/index.js";
import { groupKey } from "./queue.js";
import {
  pageReader,
  readablePassageOf,
  type ReadablePassage,
} from "./readable-mentions.js";
import { computeShare } from "../stats/index.js";
import {
  readMentions,
  readPlanCounts,
  type Db,
  type MentionRow,
} from "../store/index.js";

/** A mention with the words around it, ready to show. */
export type KwicMention = MentionRow & {
  readonly left: string;
  readonly match: string;
  readonly right: string;
  /** The same words as readable text, and as extracted (`*_raw`), as exports write them. */
  readonly readable: ReadablePassage;
  /**
   * Mentions with the same term and the same words around them share a group; so do the mentions of one running
   * header or footer of a document: one verdict covers every page it is on.
   */
  readonly group: string;
  readonly order: number;
};

/**
 * Every mention that counts (not in a duplicate) with `windowTokens` words of context each side, read from the
 * stored page text: what is audited, shown in the report and served.
 */
export function loadKwic(db: Db, windowTokens: number): KwicMention[] {
  const pageOf = pageReader(db);
  const counted = readMentions(db).filter((m) => m.counted);
  return counted.map((m, order) => {
    const raw = pageOf(m.document, m.page);
    const { left, right } =
      raw === null
        ? { left: m.left_context, right: m.right_context }
        : contextAround(raw, { start: m.start, end: m.end }, windowTokens);
    return {
      ...m,
      left,
      match: m.surface.replace(/\s+/g, " "),
      right,
      readable: readablePassageOf(
        { ...m, left_context: left, right_context: right },
        raw,
      ),
      group:
        m.location === "running" && raw !== null
          ? runningGroup(m, raw)
          : groupKey(m.term_id, m.left_context, m.surface, m.right_context),
      order,
    };
  });
}

/** The group of a mention on a running line: its document, term and line, digits folded (page numbers). */
function runningGroup(m: MentionRow, raw: string): string {
  const from = raw.lastIndexOf("\n", m.start - 1) + 1;
  const to = raw.indexOf("\n", m.end);
  const line = raw.slice(from, to < 0 ? raw.length : to);
  return `running\u0000${m.document}\u0000${m.term_id}\u0000${runningKey(line)}`;
}

/** Plans reported apart (an unreadable document), which the audit queue puts last. */
export function plansApart(db: Db): Set<string> {
  return new Set(
    computeShare(readPlanCounts(db), 1).reportedApart.map((a) => a.plan),
  );
}
