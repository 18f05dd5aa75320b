export { loadCorpus, CorpusError } from "./load-corpus.js";
export { readManifest, MANIFEST_FILE, type ManifestRow } from "./manifest.js";
export { checkRelativePath } from "./safe-path.js";
