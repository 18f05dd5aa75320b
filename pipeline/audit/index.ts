// audit/: takes stored mentions and analysts' verdicts and gives the audit: each mention's effective verdict,
// the queue most decisive first, the codebook of reasons, samples to double-code, agreement between auditors on
// independent codings (kappa, alpha), settlements, the terminal session, the spreadsheet round trip, the audit's
// progress, and the statistic of a database: the figure (unaudited, with the audited one beside it), the audited
// statistic and the JSON `stats --json` and a bundle give of it; beyond the words, the broad statistic with coded
// passages and the elusion sample (draw, answers, figures). Verdict rules pure; loading and judging read
// and write the store.
export { effectiveVerdicts, verdictOf, type AuditState } from "./verdicts.js";
export { loadMentions, type MentionRow } from "./mentions-with-verdicts.js";
export { codedPassageVerdicts } from "./coded-verdicts.js";
export { orphanedVerdicts, type OrphanedVerdict } from "./orphans.js";
export {
  carryVerdicts,
  type Passage,
  type VerdictCarry,
} from "./passage-carry.js";
export { compareAuditors, cohensKappa, type Agreement } from "./agreement.js";
export { agreementOf } from "./auditor-agreement.js";
export {
  studyAgreement,
  reasonOf,
  type AgreementStudy,
  type PairAgreement,
  type CodingDispute,
  type Confusion,
} from "./agreement-study.js";
export { nominalAlpha, type Alpha } from "./krippendorff-alpha.js";
export {
  ownStates,
  independentCodings,
  effectiveCodes,
  type Coding,
  type OwnState,
} from "./codings.js";
export { countByCode, type CodeCount } from "./code-counts.js";
export {
  settledMentions,
  type SettledMention,
  type Settlement,
} from "./settlements.js";
export {
  drawSample,
  sizeForShare,
  type DrawnSample,
  type SampleUnit,
  type Stratum,
} from "./sample.js";
export {
  checkCodebookRows,
  findCode,
  codeProblem,
  resolveCode,
  resolvePassageCode,
  codeKeys,
  type Code,
  type Codebook,
} from "./codebook.js";
export {
  loadCodebook,
  codebookPathFor,
  codebookOf,
  CodebookError,
  DEFAULT_CODEBOOK_PATH,
} from "./codebook-file.js";
export {
  isBlind,
  setBlindMode,
  drawAssignment,
  assignmentOf,
  ownStatesOf,
  codeCountsOf,
  settledMentionsOf,
  type Drawn,
  type SampleSize,
} from "./double-coding.js";
export {
  auditQueue,
  decisiveOrder,
  groupKey,
  type QueueMention,
} from "./queue.js";
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
  type SheetFor,
} from "./audit-sheet.js";
export {
  importAuditSheet,
  type ImportOutcome,
  type ImportOptions,
} from "./sheet-import.js";
export {
  auditedStatisticOf,
  auditedStatisticOfRows,
  isCounted,
  sensitivityOf,
  type CountOptions,
} from "./audited-statistic.js";
export {
  compareMentionPlaces,
  matchesFilter,
  searchableText,
  queryWords,
  hasWords,
  type MentionOrderKey,
} from "./mention-list.js";
export { figureOf, whereOf } from "./figure.js";
export {
  countedLocations,
  statisticJson,
  statsJson,
  type StatisticCount,
} from "./statistic-json.js";
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
export {
  broadJson,
  broadStatisticOf,
  headlineConcept,
  type BroadFigure,
} from "./broad-statistic.js";
export {
  drawElusion,
  drawJson,
  elusionFrame,
  elusionJson,
  elusionOf,
  judgeElusion,
  type DrawRequest,
  type DrawTarget,
  type EarlierDraw,
  type Elusion,
  type JudgeRequest,
} from "./elusion.js";
export { walkElusion, type ElusionWalkOptions } from "./elusion-walk.js";
