import { readVerdictRows, type Db } from "../store/index.js";
import { ownStates } from "./codings.js";
import { assignmentOf } from "./double-coding.js";
import { loadKwic, type KwicMention } from "./load-mentions.js";
import { effectiveVerdicts, type AuditState } from "./verdicts.js";

/** Whom the walk is for, and what it may show them. */
export type WalkView = {
  readonly auditor: string;
  /** Nothing of other auditors shown: no verdict, note or dispute of theirs, and the queue by the auditor's own. */
  readonly blind: boolean;
};

/** The mentions a walk goes over, as the auditor may see them, and what it shows beside each. */
export type WalkMentions = {
  /** With `verdict` and `note` as the view allows: the auditor's own in blind mode or on an assignment. */
  readonly mentions: readonly KwicMention[];
  /** The auditor's assignment (their latest sample); null when they have none: every mention is offered. */
  readonly assignment: ReadonlySet<string> | null;
  /** Other auditors' standing verdicts on a mention; always empty in blind mode. */
  readonly othersOn: (
    mentionId: string,
  ) => readonly (readonly [string, string])[];
  /** The auditor's own reason on a mention, null when none. */
  readonly ownCode: (mentionId: string) => string | null;
};

/**
 * The mentions the walk offers an auditor. On an assignment, only its mentions, and open means not yet judged by
 * this auditor, whatever others said; so too in blind mode without one, over every mention. Blind, the auditor
 * sees only their own verdicts and notes.
 */
export function walkMentions(
  db: Db,
  view: WalkView,
  windowTokens: number,
): WalkMentions {
  const rows = readVerdictRows(db);
  const own = ownStates(rows, view.auditor);
  const assignment = assignmentOf(db, view.auditor);
  const byOwn = view.blind || assignment !== null;
  const mentions = loadKwic(db, windowTokens)
    .filter((m) => assignment === null || assignment.has(m.mention_id))
    .map((m) => {
      const mine = own.get(m.mention_id);
      return byOwn
        ? {
            ...m,
            verdict: mine?.verdict ?? "pending",
            note: view.blind ? (mine?.note ?? null) : m.note,
          }
        : m;
    });
  const states = view.blind
    ? new Map<string, AuditState>()
    : effectiveVerdicts(rows);
  return {
    mentions,
    assignment,
    othersOn: (id) =>
      [...(states.get(id)?.byAuditor ?? [])].filter(
        ([a, v]) => a !== view.auditor && v !== "pending",
      ),
    ownCode: (id) => own.get(id)?.code ?? null,
  };
}
