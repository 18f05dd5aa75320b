import type {
  ElusionDraw,
  ElusionItem,
  ElusionJudgement,
  FramePage,
} from "../types.js";
import type { Db } from "./db.js";

// The elusion sample (spec v2.1 point 5, `stp-scan elusion`), kept append-only: each draw with the frame it drew
// from and the pages it gave, and the answers given to them (the latest row for an item is its answer).

export type {
  ElusionDraw,
  ElusionItem,
  ElusionJudgement,
  FramePage,
} from "../types.js";

/** Stores a draw and its pages in one transaction; gives the draw with its id and time. */
export function saveDraw(
  db: Db,
  draw: Omit<ElusionDraw, "drawId" | "drawnAt">,
  items: readonly ElusionItem[],
): ElusionDraw {
  const at = new Date().toISOString();
  const frame = JSON.stringify(
    draw.frame.map((p) => [p.plan, p.document, p.sha256, p.page]),
  );
  const insertItem = db.prepare(
    `INSERT INTO elusion_items (draw_id, item, plan_id, document, sha256, page) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() => {
    const r = db
      .prepare(
        `INSERT INTO elusion_draws (seed, size, concept, threshold, frame, auditor, drawn_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        draw.seed,
        draw.size,
        draw.concept,
        draw.threshold,
        frame,
        draw.auditor,
        at,
      );
    const drawId = Number(r.lastInsertRowid);
    for (const i of items)
      insertItem.run(drawId, i.item, i.plan, i.document, i.sha256, i.page);
    return { drawId, ...draw, drawnAt: at };
  })();
}

type DrawRow = Omit<ElusionDraw, "frame"> & { frame: string };

/** The latest draw, or null when none was made. */
export function readLatestDraw(db: Db): ElusionDraw | null {
  const row = db
    .prepare(
      `SELECT draw_id AS drawId, seed, size, concept, threshold, frame, auditor, drawn_at AS drawnAt
       FROM elusion_draws ORDER BY draw_id DESC LIMIT 1`,
    )
    .get() as DrawRow | undefined;
  if (row === undefined) return null;
  const frame = (
    JSON.parse(row.frame) as [string, string, string, number][]
  ).map(([plan, document, sha256, page]) => ({ plan, document, sha256, page }));
  return { ...row, frame };
}

/** Every draw made, oldest first, without its frame. */
export function readDraws(db: Db): Omit<ElusionDraw, "frame">[] {
  return db
    .prepare(
      `SELECT draw_id AS drawId, seed, size, concept, threshold, auditor, drawn_at AS drawnAt
       FROM elusion_draws ORDER BY draw_id`,
    )
    .all() as Omit<ElusionDraw, "frame">[];
}

/** The pages a draw gave, in the order drawn. */
export function readDrawItems(db: Db, drawId: number): ElusionItem[] {
  return db
    .prepare(
      `SELECT item, plan_id AS plan, document, sha256, page FROM elusion_items WHERE draw_id = ? ORDER BY item`,
    )
    .all(drawId) as ElusionItem[];
}

/** Appends one answer; it is on disk when this returns. */
export function appendJudgement(
  db: Db,
  j: Omit<ElusionJudgement, "judgementId" | "judgedAt">,
): ElusionJudgement {
  const at = new Date().toISOString();
  const r = db
    .prepare(
      `INSERT INTO elusion_judgements (draw_id, item, answer, auditor, note, judged_at) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(j.drawId, j.item, j.answer, j.auditor, j.note, at);
  return { ...j, judgementId: Number(r.lastInsertRowid), judgedAt: at };
}

/** Every answer given to a draw's pages, oldest first. */
export function readJudgements(db: Db, drawId: number): ElusionJudgement[] {
  return db
    .prepare(
      `SELECT judgement_id AS judgementId, draw_id AS drawId, item, answer, auditor, note, judged_at AS judgedAt
       FROM elusion_judgements WHERE draw_id = ? ORDER BY judgement_id`,
    )
    .all(drawId) as ElusionJudgement[];
}

/**
 * Every page with text (has_text) of the documents that count (in the corpus, not duplicates), by plan, in corpus
 * order: what an elusion frame is made of.
 */
export function readTextPages(db: Db): FramePage[] {
  return db
    .prepare(
      `SELECT d.plan_id AS plan, d.document, d.sha256, p.page FROM documents d JOIN pages p ON p.sha256 = d.sha256
       WHERE d.removed = 0 AND d.status <> 'duplicate' AND p.has_text = 1
       ORDER BY d.plan_id, d.manifest_order, p.page`,
    )
    .all() as FramePage[];
}
