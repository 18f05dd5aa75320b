import type { Db } from "./db.js";

/** Every stored page of the documents in the corpus (duplicates left out: their original has the same pages). */
export function readPageTexts(db: Db): {
  plan: string;
  document: string;
  page: number;
  text: string;
  source: string;
}[] {
  return db
    .prepare(
      `SELECT d.plan_id AS plan, d.document, p.page, p.text, p.source FROM documents d JOIN pages p ON p.sha256 = d.sha256
       WHERE d.removed = 0 AND d.status <> 'duplicate' ORDER BY d.plan_id, d.manifest_order, p.page`,
    )
    .all() as {
    plan: string;
    document: string;
    page: number;
    text: string;
    source: string;
  }[];
}
