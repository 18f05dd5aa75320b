import { studyAgreement, type AgreementStudy } from "./agreement-study.js";
import { readMentions, readVerdictRows, type Db } from "../store/index.js";

/**
 * The agreement of `auditors` (every auditor with an independent coding when none are given) on the mentions
 * that count now (a verdict whose mention a re-scan removed is left out), independent codings only.
 */
export function agreementOf(
  db: Db,
  auditors?: readonly string[],
): AgreementStudy {
  const current = new Set(
    readMentions(db)
      .filter((m) => m.counted)
      .map((m) => m.mention_id),
  );
  return studyAgreement(readVerdictRows(db), current, auditors);
}
