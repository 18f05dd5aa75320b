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
export { resolveOverlaps, type Candidate } from "./resolve-overlaps.js";
export {
  compilePhrase,
  globSource,
  matchesEveryWord,
  tokenMatches,
  type TokenPattern,
} from "./token-pattern.js";
export { isJoiningSeparator } from "./separator.js";
export { stem } from "./stem.js";
export { STOPWORDS } from "./stopwords.js";
