export { contextAround, mentionId } from "../match/kwic.js";
export { effectiveVerdicts, verdictOf, type AuditState } from "./verdicts.js";
export { compareAuditors, type Agreement } from "./agreement.js";
export { auditQueue, groupKey, type QueueMention } from "./queue.js";
export { highlightRects } from "../match/highlight.js";
