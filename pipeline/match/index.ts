// match/: takes the lexicon and a page's text and gives the mentions on it (spec §Matching) and, as the record
// step, each mention as stored: its stable id, the words around it and where to highlight it on the page. Pure
// (lexicon-file.ts reads the lexicon file).
export type { CompiledLexicon, TermProblem } from "./lexicon.js";
export {
  checkTerms,
  compileLexicon,
  phrasePairs,
  phraseStems,
} from "./lexicon.js";
export {
  analysePage,
  holdsAnyTerm,
  matchPage,
  type PageAnalysis,
} from "./match-page.js";
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
export {
  contextAround,
  ID_WINDOW_TOKENS,
  mentionId,
  readablePassage,
} from "./kwic.js";
export { highlightRects } from "./highlight.js";
export { recordMentions, MatchingStopped } from "./record-mentions.js";
export { mayHoldPair, pairFilter, pairKey, stemHash } from "./stem-pairs.js";
export { resolveOverlaps, type Candidate } from "./resolve-overlaps.js";
export {
  compilePhrase,
  matchesEveryWord,
  tokenMatches,
  type TokenPattern,
} from "./token-pattern.js";
export { isJoiningSeparator } from "./separator.js";
export { stem, stemInitial } from "./stem.js";
export { STOPWORDS } from "./stopwords.js";
export { termForms, type TermForm, type TermForms } from "./term-forms.js";
