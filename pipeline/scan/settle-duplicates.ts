import {
  findDuplicates,
  textFingerprint,
  type DuplicateFinding,
} from "../dedupe/index.js";
import { declarationTables, scanTables, type Db } from "../store/index.js";
import { isReadable } from "./plan-work.js";

/**
 * Spec v2.1 point 3 over the corpus as stored: decides which documents repeat an earlier one by their text or
 * by an analyst's declaration, and which are near-duplicates, and stores that. Runs after every scan and every
 * declaration. A document stored before its text was kept for comparison has it worked out from its pages once.
 */
export function settleDuplicates(db: Db): {
  readonly findings: readonly DuplicateFinding[];
  /** Documents that became, or stopped being, duplicates. */
  readonly changed: readonly string[];
} {
  const documents = scanTables.readDedupeRows(db).map((r) => {
    const comparable =
      isReadable(r.readStatus) && r.duplicateReason !== "same bytes";
    if (!comparable || r.fingerprint !== null || r.sha256 === null)
      return { document: r.document, comparable, fingerprint: r.fingerprint };
    const fingerprint = textFingerprint(
      scanTables.readPages(db, r.sha256, undefined, { boxes: false }),
    );
    scanTables.saveFingerprint(db, r.document, fingerprint);
    return { document: r.document, comparable, fingerprint };
  });
  const claims = declarationTables
    .readStandingDuplicateDeclarations(db)
    .map((d) => ({ document: d.document, duplicateOf: d.duplicateOf }));
  const findings = findDuplicates(documents, claims);
  return { findings, changed: scanTables.saveDuplicateFindings(db, findings) };
}
