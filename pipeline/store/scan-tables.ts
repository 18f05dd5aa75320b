// What a scan writes and reads back to redo as little as it can: its runs, each document's outcome with its
// pages, stems and located mentions, OCR reads, file hashes, the duplicate rules' fingerprints and findings,
// verdicts carried to the mention on the same passage, the project's settings, and the derived locations and
// layouts (worked out by the scan's locate stage, kept here as given).
export { saveRunStart, saveRunEnd, savePlans } from "./runs.js";
export {
  saveDocument,
  savePageMentions,
  saveManifestFields,
  saveRemovedDocuments,
  saveOcrReads,
  type DocumentWrite,
} from "./write.js";
export {
  readSnapshot,
  readPages,
  readPageStems,
  readMentionTerms,
  readOcrReads,
  type Snapshot,
  type StoredDocument,
} from "./snapshot.js";
export {
  readFileHashes,
  saveFileHashes,
  type KnownHash,
} from "./file-hashes.js";
export {
  readDedupeRows,
  saveFingerprint,
  saveDuplicateFindings,
} from "./duplicates.js";
export { readPassages, saveVerdictCarries } from "./verdict-carries.js";
export { saveProjectSettings, countHeldDocuments } from "./project-settings.js";
export {
  readDocumentsToLocate,
  readMentionsToLocate,
  saveLocations,
  readMentionLocations,
  readDocumentSha256,
  readLayout,
  saveLayout,
} from "./locations.js";
