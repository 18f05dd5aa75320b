import type { VerdictRow } from "../types.js";
import { STANDING_PASSAGES } from "./coded-passages.js";
import type { Db } from "./db.js";

/** A verdict to append; its id and time are given by the store. */
export type NewVerdict = Omit<VerdictRow, "verdictId" | "decidedAt">;

/**
 * Appends verdicts in one transaction (the history is never rewritten: a change of mind is a new row). Each
 * is on disk when this returns, so quitting or a crash loses nothing already given.
 */
export function appendVerdicts(db: Db, verdicts: readonly NewVerdict[]): void {
  const insert = db.prepare(
    `INSERT INTO verdicts (mention_id, verdict, auditor, note, decided_at, kind, code, blind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  db.transaction(() => {
    for (const v of verdicts)
      insert.run(
        v.mentionId,
        v.verdict,
        v.auditor,
        v.note,
        at,
        v.kind,
        v.code ?? null,
        v.blind === true ? 1 : 0,
      );
  })();
}

/** The whole verdict history, oldest first; with `afterVerdictId`, only the verdicts appended after that one. */
export function readVerdictRows(db: Db, afterVerdictId = 0): VerdictRow[] {
  const rows = db
    .prepare(
      `SELECT verdict_id AS verdictId, mention_id AS mentionId, verdict, auditor, note, decided_at AS decidedAt, kind,
              code, blind
       FROM verdicts WHERE verdict_id > ? ORDER BY verdict_id`,
    )
    .all(afterVerdictId) as (Omit<VerdictRow, "blind"> & { blind: number })[];
  return rows.map((r) => ({ ...r, blind: r.blind === 1 }));
}

// A mention still in the corpus (its document not removed), by key: its document. A coded passage that stands is
// one too (spec v2.1 point 4), so it can be judged like any other.
const MENTION_DOCUMENT = `SELECT m.document FROM mentions m JOIN documents d ON d.document = m.document
                          WHERE m.mention_id = @id AND d.removed = 0
                          UNION ALL
                          SELECT c.document FROM ${STANDING_PASSAGES} AND c.mention_id = @id`;

/** The document (path in the corpus) of one mention still in the corpus, found by its id; null when there is none. */
export function readMentionDocument(db: Db, mentionId: string): string | null {
  const row = db.prepare(MENTION_DOCUMENT).pluck().get({ id: mentionId }) as
    string | undefined;
  return row ?? null;
}

/** Which of `mentionIds` are mentions in the corpus now, each looked up by key (one statement for all). */
export function readKnownMentionIds(
  db: Db,
  mentionIds: readonly string[],
): Set<string> {
  const lookup = db.prepare(MENTION_DOCUMENT).pluck();
  return new Set(mentionIds.filter((id) => lookup.get({ id }) !== undefined));
}

/** The text of one page of a document as extracted, or null when it is not stored. */
export function readPageText(
  db: Db,
  document: string,
  page: number,
): string | null {
  const row = db
    .prepare(
      `SELECT p.text FROM pages p JOIN documents d ON d.sha256 = p.sha256 WHERE d.document = ? AND p.page = ?`,
    )
    .pluck()
    .get(document, page) as string | undefined;
  return row ?? null;
}
