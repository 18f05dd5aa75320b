// settings/: takes what a database remembers of its project (corpus folder, lexicon, reading settings, threshold)
// and what a command was given, and says which to use and what the command was told otherwise (pure). The store
// keeps them (store/project-settings.ts); scan, add and the reading commands ask here.
export {
  resolveSettings,
  resolveThreshold,
  describeSetting,
  type GivenSettings,
  type Resolved,
  type SettingChange,
  type CorpusConflict,
} from "./resolve.js";
