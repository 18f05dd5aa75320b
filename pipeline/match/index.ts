export type { CompiledLexicon, TermProblem } from "./lexicon.js";
export { checkTerms, compileLexicon, phraseStems } from "./lexicon.js";
export { matchPage } from "./match-page.js";
export {
  loadLexicon,
  LexiconError,
  DEFAULT_LEXICON_PATH,
  type LoadedLexicon,
} from "./lexicon-file.js";
