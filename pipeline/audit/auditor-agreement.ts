import { compareAuditors, type Agreement } from "./agreement.js";
import { effectiveVerdicts } from "./verdicts.js";
import { readMentions, readVerdictRows, type Db } from "../store/index.js";

/**
 * How two auditors' standing verdicts compare, on the mentions that exist now (a verdict whose mention a re-scan
 * removed is left out), pending and undone verdicts not counted.
 */
export function agreementOf(db: Db, a: string, b: string): Agreement {
  const current = new Set(readMentions(db).map((m) => m.mention_id));
  const states = effectiveVerdicts(readVerdictRows(db));
  const of = (auditor: string) =>
    new Map(
      [...states]
        .filter(([id]) => current.has(id))
        .map(([id, s]) => [id, s.byAuditor.get(auditor)] as const)
        .filter(
          (e): e is readonly [string, "accepted" | "rejected"] =>
            e[1] === "accepted" || e[1] === "rejected",
        ),
    );
  return compareAuditors(of(a), of(b));
}
