// dedupe/: documents in manifest order with their text → which repeat an earlier one (same text, or declared
// by an analyst) and which share most of their pages with one (near-duplicates), spec v2.1 point 3. Pure.
export {
  fingerprintOfTexts,
  textFingerprint,
  type TextFingerprint,
} from "./text-fingerprint.js";
export {
  findDuplicates,
  sameTextKey,
  type DedupeDocument,
  type DuplicateClaim,
  type DuplicateFinding,
} from "./find-duplicates.js";
