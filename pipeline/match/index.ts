export type { CompiledLexicon, TermProblem } from "./lexicon.js";
export { checkTerms, compileLexicon, phraseStems } from "./lexicon.js";
export { analysePage, matchPage, type PageAnalysis } from "./match-page.js";
export {
  diffLexicon,
  mayGainMention,
  type LexiconDiff,
} from "./lexicon-diff.js";
export {
  loadLexicon,
  LexiconError,
  DEFAULT_LEXICON_PATH,
  type LoadedLexicon,
} from "./lexicon-file.js";
