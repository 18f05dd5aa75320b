// explore/store/: the shell of the explore stage. Takes a database and a query (or a plan, a concept) and gives
// what explore/'s pure functions make of the stored page text: places (whole and sorted, or a document's at a
// time), per-plan counts, word lists, collocates, clusters, suggestions. It reads the store (building the page
// index the first time it is needed) and hands plain values to explore/; explore/ itself never sees the
// database. IO.
export {
  ensureVocabulary,
  loadVocabulary,
  pagesFor,
  placesByPage,
  loadWordCounts,
} from "./page-index.js";
export {
  searchCorpus,
  placesByDocument,
  countPlacesByPlan,
  locatePlaces,
} from "./search-corpus.js";
export {
  countSearchPlaces,
  placesInLocations,
  searchPlaces,
  shownPlacesByDocument,
  type SearchResult,
  type SearchScope,
  type ShownPlace,
} from "./search-places.js";
export { wordsOf, collocatesOf, clustersOf } from "./corpus-questions.js";
export { suggestionsFor } from "./concept-suggestions.js";
export { describeKnown, unknownNameOf } from "./known-names.js";
export { candidatesFor, type CandidateRanking } from "./concept-candidates.js";
