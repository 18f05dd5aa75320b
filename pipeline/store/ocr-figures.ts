import type { OcrFigures } from "../types.js";
import type { Db } from "./db.js";
import { readLatestRunInfo } from "./runs.js";

/** What OCR contributed to the documents still counted (duplicates left out), and the latest run's engine. */
export function readOcrFigures(db: Db): OcrFigures {
  const pages = db
    .prepare(
      `SELECT COALESCE(sum(json_array_length(pages_ocr)), 0) AS ocr,
              COALESCE(sum(json_array_length(pages_picture)), 0) AS picture,
              COALESCE(sum(json_array_length(pages_without_text)), 0) AS unreadable
       FROM documents WHERE removed = 0 AND status <> 'duplicate'`,
    )
    .get() as { ocr: number; picture: number; unreadable: number };
  const mentions = db
    .prepare(
      `SELECT count(*) AS mentions, COALESCE(sum(m.headline), 0) AS headline
       FROM mentions m JOIN documents d ON d.document = m.document
       WHERE d.removed = 0 AND d.status <> 'duplicate' AND m.source = 'ocr'`,
    )
    .get() as { mentions: number; headline: number };
  const fromText = db
    .prepare(
      `SELECT d.plan_id AS plan, count(*) AS n FROM mentions m JOIN documents d ON d.document = m.document
       WHERE d.removed = 0 AND d.status <> 'duplicate' AND m.headline = 1 AND m.source = 'text'
       GROUP BY d.plan_id`,
    )
    .all() as { plan: string; n: number }[];
  return {
    engine: readLatestRunInfo(db)?.ocrEngine ?? null,
    pagesOcr: pages.ocr,
    pagesPicture: pages.picture,
    pagesUnreadable: pages.unreadable,
    mentions: mentions.mentions,
    headlineMentions: mentions.headline,
    headlineFromText: new Map(fromText.map((r) => [r.plan, r.n])),
  };
}
