// bundle/: takes a scanned database and gives a zip a reader can check the figure with: the
// manifest with each document's sha256, status and page classes, the lexicon and its hash, every mention with
// its passage, every verdict and page declaration, the settings, the versions, the statistic and a README; and
// takes such a zip and a folder of PDFs and gives what differs when the figure is counted again from them
// (`verify`). Pure: contents.ts (the data), files.ts (file names and text), compare.ts (the differences),
// readme.ts. Shell: gather.ts reads the database (the statistic as audit/ builds it for `stats --json` too),
// zip.ts (yazl/yauzl), write-bundle.ts, verify.ts (a temporary scan through scan/).
export type {
  BundleContents,
  BundleDocument,
  BundleElusion,
  BundleMention,
  BundlePlan,
  BundleSettings,
  BundleStatistic,
  BundleVersions,
  CountSettings,
} from "./contents.js";
export {
  BUNDLE_FILES,
  REQUIRED_FILES,
  parseBundleFiles,
  renderBundleFiles,
} from "./files.js";
export {
  compareBundles,
  compareStatistic,
  type BundleDifference,
} from "./compare.js";
export { renderReadme } from "./readme.js";
export { gatherBundle, NothingToBundleError } from "./gather.js";
export { BundleError, unzipFiles, zipFiles } from "./zip.js";
export { bundleZip, writeBundle } from "./write-bundle.js";
export {
  readBundle,
  verifyBundle,
  type Verification,
  type VerifyOptions,
} from "./verify.js";
