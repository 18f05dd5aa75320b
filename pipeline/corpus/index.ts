// corpus/: takes a corpus folder (manifest.csv, plans/<plan-id>/*.pdf) and gives the documents and plans it
// lists (Corpus, Doc[], warnings), plus the durable file writes that curation builds on (manifest rows,
// atomic and fsynced files). IO.
export { loadCorpus, CorpusError } from "./load-corpus.js";
export { readManifest, MANIFEST_FILE, type ManifestRow } from "./manifest.js";
export { checkRelativePath, realPathInside } from "./safe-path.js";
export { findUnderPlans } from "./find-pdfs.js";
export { fileIdentity, hashFile, sha256Of, sha256OfFile } from "./file-hash.js";
export type { ManifestEntry } from "./manifest-text.js";
export {
  fsyncFolder,
  OutputError,
  writeFileDurably,
  writeFileAtomic,
  writeOutputFile,
  writeOutputChunks,
  writeChunksAtomic,
} from "./write-file-atomic.js";
export {
  appendManifest,
  manifestHasColumn,
  removeManifestRows,
} from "./write-manifest.js";
export { checkPlanId, planIdFromName } from "./plan-id.js";
