import type { VerdictRow } from "../types.js";
import { groupBy } from "../group-by.js";
import { effectiveVerdicts, type AuditState } from "./verdicts.js";

// Verdicts as one auditor's codings: what that auditor sees of their own work in blind mode, which of their
// verdicts were given independently (what agreement counts), and the reason of the verdict that counts. Pure.

/** One auditor's coding of a mention: a verdict and its reason. */
export type Coding = {
  readonly verdict: "accepted" | "rejected";
  readonly code: string | null;
};

/** An auditor's own standing on a mention: their latest verdict and reason, and their latest note. */
export type OwnState = {
  readonly verdict: "accepted" | "rejected" | "pending";
  readonly code: string | null;
  readonly note: string | null;
};

const byId = (rows: readonly VerdictRow[]) =>
  [...rows].sort((a, b) => a.verdictId - b.verdictId);

/**
 * Each mention's standing for one auditor, from their own judgements alone (settlements and other auditors'
 * rows left out): what a blind view shows them. Their verdict and note follow the rule of effectiveVerdicts;
 * the reason is the one given with their latest verdict.
 */
export function ownStates(
  rows: readonly VerdictRow[],
  auditor: string,
): Map<string, OwnState> {
  const own = byId(rows).filter(
    (r) => r.auditor === auditor && r.kind === "judge",
  );
  const latest = new Map(own.map((r) => [r.mentionId, r]));
  const states = effectiveVerdicts(own);
  return new Map(
    [...states].map(([id, s]) => [
      id,
      {
        verdict: s.byAuditor.get(auditor) ?? "pending",
        code: latest.get(id)?.code ?? null,
        note: s.note,
      },
    ]),
  );
}

/** Whether a row says something an auditor could have seen: a verdict, a settlement or a note. */
const isVisible = (r: VerdictRow) =>
  r.kind === "settle" || r.verdict !== "pending" || (r.note ?? "") !== "";

/**
 * Each auditor's independent coding of each mention (auditor -> mention -> coding): their latest judgement given
 * independently, unless it was undone. A judgement is independent when it was given blind, or when no other
 * auditor had yet given a verdict, a settlement or a note on that mention (the first coder saw nothing to follow).
 * A change of mind after seeing another's verdict is kept in the history but does not replace the independent
 * coding, which is what agreement is computed on (Krippendorff 2004, §11.1: coders work independently).
 */
export function independentCodings(
  rows: readonly VerdictRow[],
): Map<string, Map<string, Coding>> {
  const codings = new Map<string, Map<string, Coding | null>>();
  for (const history of groupBy(byId(rows), (r) => r.mentionId).values()) {
    const seenFrom = new Set<string>();
    for (const row of history) {
      const othersSeen = [...seenFrom].some((a) => a !== row.auditor);
      if (row.kind === "judge" && (row.blind === true || !othersSeen)) {
        const mine =
          codings.get(row.auditor) ?? new Map<string, Coding | null>();
        mine.set(
          row.mentionId,
          row.verdict === "pending"
            ? null
            : { verdict: row.verdict, code: row.code ?? null },
        );
        codings.set(row.auditor, mine);
      }
      if (isVisible(row)) seenFrom.add(row.auditor);
    }
  }
  return new Map(
    [...codings]
      .map(
        ([auditor, byMention]) =>
          [
            auditor,
            new Map(
              [...byMention].filter(
                (e): e is [string, Coding] => e[1] !== null,
              ),
            ),
          ] as const,
      )
      .filter(([, byMention]) => byMention.size > 0),
  );
}

/**
 * The reason of each mention's verdict that counts: a settlement's reason when settled; else the latest reason
 * given with the effective verdict by an auditor whose standing verdict it is; null when none was given (or the
 * mention is pending or disputed).
 */
export function effectiveCodes(
  rows: readonly VerdictRow[],
  states: ReadonlyMap<string, AuditState> = effectiveVerdicts(rows),
): Map<string, string | null> {
  const codes = new Map<string, string | null>();
  for (const [id, history] of groupBy(byId(rows), (r) => r.mentionId)) {
    const verdict = states.get(id)?.verdict ?? "pending";
    const settled = history.filter((r) => r.kind === "settle").at(-1);
    if (settled !== undefined && settled.verdict !== "pending") {
      codes.set(id, settled.code ?? null);
      continue;
    }
    const latest = new Map(
      history.filter((r) => r.kind === "judge").map((r) => [r.auditor, r]),
    );
    const given = [...latest.values()]
      .filter((r) => r.verdict === verdict && (r.code ?? null) !== null)
      .sort((a, b) => a.verdictId - b.verdictId)
      .at(-1);
    codes.set(id, given?.code ?? null);
  }
  return codes;
}
