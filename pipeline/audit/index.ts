// audit/: takes stored mentions and analysts' verdicts and gives the audit: each mention's effective verdict,
// the queue most decisive first, agreement between auditors, the terminal session, the spreadsheet round trip
// and the audited statistic of a database. Verdict rules pure; loading and judging read and write the store.
export { effectiveVerdicts, verdictOf, type AuditState } from "./verdicts.js";
export { orphanedVerdicts, type OrphanedVerdict } from "./orphans.js";
export {
  carryVerdicts,
  type Passage,
  type VerdictCarry,
} from "./passage-carry.js";
export { compareAuditors, type Agreement } from "./agreement.js";
export { agreementOf } from "./auditor-agreement.js";
export { auditQueue, groupKey, type QueueMention } from "./queue.js";
export { loadKwic, plansApart, type KwicMention } from "./load-mentions.js";
export {
  judge,
  judgeByIds,
  ownVerdict,
  targetsOf,
  type Judgement,
} from "./judge.js";
export { runAuditSession, type SessionOptions } from "./session.js";
export {
  AUDIT_COLUMNS,
  auditSheetRows,
  renderAuditSheet,
  importAuditSheet,
  type ImportOutcome,
} from "./sheet-import.js";
export {
  auditedStatisticOf,
  auditedStatisticOfRows,
  sensitivityOf,
  type CountOptions,
} from "./audited-statistic.js";
export {
  compareMentionPlaces,
  matchesFilter,
  searchableText,
  queryWords,
  hasWords,
  type MentionPlace,
} from "./mention-list.js";
export { figureOf, whereOf } from "./figure.js";
export {
  auditProgress,
  type AuditProgress,
  type ProgressRow,
} from "./audit-progress.js";
export { sourceLabel } from "./source-label.js";
export {
  RAW_TEXT_COLUMNS,
  readableMentions,
  type ReadablePassage,
} from "./readable-mentions.js";
