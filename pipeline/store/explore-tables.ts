// What the explore commands keep beside the stored pages and read back: each page's vocabulary (the page index),
// the corpus word totals and the generation they were built at, and the pages and mentions they search.
export {
  readPagesToIndex,
  saveVocabulary,
  readVocabulary,
  eachVocabularyRow,
  readStoredPages,
  readMentionPlaces,
  type VocabularyColumn,
  type VocabularyRow,
} from "./vocabulary.js";
export {
  readExploreState,
  saveVocabularyComplete,
  saveCorpusWords,
  readCorpusWords,
} from "./explore-state.js";
