import type { Location, Rect } from "../types.js";
import type { Db } from "./db.js";

// Passages an analyst coded (spec v2.1 point 4, `stp-scan code`), kept append-only in coded_passages: the latest row
// for a passage's mention id decides, and a withdrawn one (`--undo`) no longer stands. A passage holds for the file
// it was coded on: on a changed file it stops standing (and is counted apart as waiting to be coded again).

/** A coded passage as stored: where it stands, what it says, who coded it and why. */
export type CodedPassage = {
  readonly rowId: number;
  /** Its id as a mention (match/kwic.ts mentionId, term `analyst:<concept>`). */
  readonly mentionId: string;
  /** Path relative to the corpus root. */
  readonly document: string;
  readonly sha256: string;
  /** 1-based. */
  readonly page: number;
  /** [start, end) into the page's text as extracted. */
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly leftContext: string;
  readonly rightContext: string;
  readonly concept: string;
  readonly location: Location | null;
  readonly boxes: readonly Rect[];
  readonly auditor: string;
  readonly note: string;
  /** Its reason: a codebook id that counts as accept; null when none was given (and on rows before schema 21). */
  readonly code: string | null;
  /** ISO 8601, UTC. */
  readonly codedAt: string;
  readonly withdrawn: boolean;
};

/** A row to append; its id and time are given by the store. */
export type NewCodedPassage = Omit<CodedPassage, "rowId" | "codedAt">;

const COLUMNS = `c.row_id AS rowId, c.mention_id AS mentionId, c.document, c.sha256, c.page, c.start, c.end,
  c.surface, c.left_context AS leftContext, c.right_context AS rightContext, c.concept, c.location, c.boxes,
  c.auditor, c.note, c.code, c.coded_at AS codedAt, c.withdrawn`;

// The latest row of each passage: the one that says whether it stands.
const LATEST = `c.row_id = (SELECT max(x.row_id) FROM coded_passages x WHERE x.mention_id = c.mention_id)`;

type Row = Omit<CodedPassage, "boxes" | "withdrawn"> & {
  boxes: string | null;
  withdrawn: number;
};

const fromRow = (r: Row): CodedPassage => ({
  ...r,
  boxes: r.boxes === null ? [] : (JSON.parse(r.boxes) as Rect[]),
  withdrawn: r.withdrawn === 1,
});

/** Appends one row (a passage coded, or withdrawn) in its own transaction; it is on disk when this returns. */
export function appendCodedPassage(db: Db, p: NewCodedPassage): CodedPassage {
  const at = new Date().toISOString();
  const r = db
    .prepare(
      `INSERT INTO coded_passages (mention_id, document, sha256, page, start, end, surface, left_context,
         right_context, concept, location, boxes, auditor, note, code, coded_at, withdrawn)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.mentionId,
      p.document,
      p.sha256,
      p.page,
      p.start,
      p.end,
      p.surface,
      p.leftContext,
      p.rightContext,
      p.concept,
      p.location,
      JSON.stringify(p.boxes),
      p.auditor,
      p.note,
      p.code,
      at,
      p.withdrawn ? 1 : 0,
    );
  return { ...p, rowId: Number(r.lastInsertRowid), codedAt: at };
}

/**
 * The standing passages (alias c) with their documents (alias d), as a FROM clause: each passage's latest row is not
 * withdrawn, and its document is still in the corpus with the file it was coded on. Mentions are read with it too.
 */
export const STANDING_PASSAGES = `coded_passages c
  JOIN documents d ON d.document = c.document AND d.sha256 = c.sha256 AND d.removed = 0
  WHERE ${LATEST} AND c.withdrawn = 0`;

/** The passages that stand (STANDING_PASSAGES), in corpus order (plan, manifest order, page, offset). */
export function readStandingPassages(db: Db): CodedPassage[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM ${STANDING_PASSAGES}
       ORDER BY d.plan_id, d.manifest_order, c.page, c.start, c.row_id`,
    )
    .all() as Row[];
  return rows.map(fromRow);
}

/**
 * Passages that would stand but for their file: coded on a file the corpus no longer holds at that path (changed or
 * removed). They count nowhere until coded again.
 */
export function readPassagesOnChangedFiles(db: Db): CodedPassage[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM coded_passages c
       WHERE ${LATEST} AND c.withdrawn = 0
         AND NOT EXISTS (SELECT 1 FROM documents d
                         WHERE d.document = c.document AND d.sha256 = c.sha256 AND d.removed = 0)
       ORDER BY c.document, c.page, c.start`,
    )
    .all() as Row[];
  return rows.map(fromRow);
}

/** The latest row of one passage, standing or withdrawn; null when it was never coded. */
export function readCodedPassage(
  db: Db,
  mentionId: string,
): CodedPassage | null {
  const row = db
    .prepare(
      `SELECT ${COLUMNS} FROM coded_passages c WHERE c.mention_id = ? AND ${LATEST}`,
    )
    .get(mentionId) as Row | undefined;
  return row === undefined ? null : fromRow(row);
}
