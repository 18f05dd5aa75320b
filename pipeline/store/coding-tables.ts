// What a double-coding study keeps (docs/auditing.md "A double-coding study"), append-only: the samples drawn for
// auditors to code (an auditor's latest is their assignment) and whether each auditor codes blind.
import type { Db } from "./db.js";

/** A mention drawn into a sample, with its stratum. */
export type SampledMention = {
  readonly mentionId: string;
  readonly plan: string;
  readonly concept: string;
};

/** A sample as `audit sample` records it. */
export type NewSample = {
  readonly auditor: string;
  readonly seed: number;
  /** As given, for the record: "size 20" or "share 0.15". */
  readonly asked: string;
  /** Mentions it was drawn from. */
  readonly population: number;
  readonly mentions: readonly SampledMention[];
};

/** An auditor's assignment: the mentions of their latest sample. */
export type Assignment = {
  readonly sampleId: number;
  readonly seed: number;
  readonly asked: string;
  readonly population: number;
  /** ISO 8601, UTC. */
  readonly drawnAt: string;
  readonly mentionIds: ReadonlySet<string>;
};

/** Appends a sample in one transaction (earlier samples are kept); returns its id. */
export function appendSample(db: Db, sample: NewSample): number {
  const head = db.prepare(
    `INSERT INTO audit_samples (auditor, seed, asked, population, drawn_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const row = db.prepare(
    `INSERT INTO audit_sample_mentions (sample_id, mention_id, plan_id, concept) VALUES (?, ?, ?, ?)`,
  );
  return db.transaction(() => {
    const id = Number(
      head.run(
        sample.auditor,
        sample.seed,
        sample.asked,
        sample.population,
        new Date().toISOString(),
      ).lastInsertRowid,
    );
    for (const m of sample.mentions)
      row.run(id, m.mentionId, m.plan, m.concept);
    return id;
  })();
}

/** The auditor's latest sample, or null when none was drawn for them. */
export function readAssignment(db: Db, auditor: string): Assignment | null {
  const head = db
    .prepare(
      `SELECT sample_id AS sampleId, seed, asked, population, drawn_at AS drawnAt FROM audit_samples
       WHERE auditor = ? ORDER BY sample_id DESC LIMIT 1`,
    )
    .get(auditor) as Omit<Assignment, "mentionIds"> | undefined;
  if (head === undefined) return null;
  const ids = db
    .prepare(`SELECT mention_id FROM audit_sample_mentions WHERE sample_id = ?`)
    .pluck()
    .all(head.sampleId) as string[];
  return { ...head, mentionIds: new Set(ids) };
}

/** Appends whether an auditor codes blind from now on (the latest row is in force). */
export function appendBlindMode(db: Db, auditor: string, blind: boolean): void {
  db.prepare(
    `INSERT INTO auditor_modes (auditor, blind, set_at) VALUES (?, ?, ?)`,
  ).run(auditor, blind ? 1 : 0, new Date().toISOString());
}

/** Whether the auditor codes blind, as last recorded; false when never set. */
export function readBlindMode(db: Db, auditor: string): boolean {
  const blind = db
    .prepare(
      `SELECT blind FROM auditor_modes WHERE auditor = ? ORDER BY mode_id DESC LIMIT 1`,
    )
    .pluck()
    .get(auditor) as number | undefined;
  return blind === 1;
}
