export { contextAround, mentionId } from "./kwic.js";
export { effectiveVerdicts, verdictOf, type AuditState } from "./verdicts.js";
export { compareAuditors, type Agreement } from "./agreement.js";
export { auditQueue, groupKey, type QueueMention } from "./queue.js";
export { highlightRects } from "./highlight.js";
export { sourceLabel } from "./source-label.js";
