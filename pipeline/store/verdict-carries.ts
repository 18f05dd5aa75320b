import type { Db } from "./db.js";

/** Where a mention stands, as the rule of "the same passage" (audit/passage-carry.ts) compares it. */
export type StoredPassage = {
  readonly mentionId: string;
  readonly document: string;
  /** Of the document's bytes; null when the file is missing. */
  readonly sha256: string | null;
  /** 1-based. */
  readonly page: number;
  /** [start, end) into pages.text. */
  readonly start: number;
  readonly end: number;
  readonly termId: string;
  readonly surface: string;
};

/** Every mention of the documents still in the corpus, with its document's sha256 and its offsets. */
export function readPassages(db: Db): StoredPassage[] {
  return db
    .prepare(
      `SELECT m.mention_id AS mentionId, m.document, d.sha256, m.page AS page, m.start, m.end,
              m.term_id AS termId, m.surface
       FROM mentions m JOIN documents d ON d.document = m.document WHERE d.removed = 0`,
    )
    .all() as StoredPassage[];
}

/**
 * Saves carries in one transaction; for each with `copied`, appends copies of the earlier mention's verdict
 * rows (auditor, verdict, kind, note, code, blind and time as given, in their order) under the mention now on
 * the passage.
 */
export function saveVerdictCarries(
  db: Db,
  runId: number,
  carries: readonly {
    readonly from: string;
    readonly to: string;
    readonly copied: boolean;
  }[],
): void {
  const insertCarry = db.prepare(
    `INSERT OR IGNORE INTO verdict_carries (from_mention_id, to_mention_id, scan_run_id, copied) VALUES (?, ?, ?, ?)`,
  );
  const copy = db.prepare(
    `INSERT INTO verdicts (mention_id, verdict, auditor, note, decided_at, kind, code, blind)
     SELECT ?, verdict, auditor, note, decided_at, kind, code, blind FROM verdicts WHERE mention_id = ? ORDER BY verdict_id`,
  );
  db.transaction(() => {
    for (const c of carries) {
      insertCarry.run(c.from, c.to, runId, c.copied ? 1 : 0);
      if (c.copied) copy.run(c.to, c.from);
    }
  })();
}

/** The mentions whose verdicts were carried to the mention on the same passage (never orphaned, then). */
export function readCarriedMentionIds(db: Db): Set<string> {
  return new Set(
    db
      .prepare(`SELECT DISTINCT from_mention_id FROM verdict_carries`)
      .pluck()
      .all() as string[],
  );
}
