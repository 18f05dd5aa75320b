// explore/: the analyst's questions before they decide what to count, asked of stored page text.
// Takes page text as extracted (PageText.raw, from the database) and a query; gives places (spans into the raw
// text with their context) in a concordance's orders, mentions filtered as `mentions` lists them, word lists,
// collocates, clusters, phrase suggestions. Pure: explore/store/ reads the database for them, report/ renders
// the rows. Every query is read exactly as a lexicon term (normalise/,
// match/: the spec's normalisation, tokens, Porter stems, phrase separators, both line-end hyphen readings),
// never by a tokeniser of its own, so `search "social value"` finds what the scan's `social-value` term finds, and more.
export { compileQuery, QUERY_TERM, type Query } from "./query.js";
export { findPlaces } from "./find-places.js";
export {
  searchPages,
  eachPlace,
  inContext,
  countByPlan,
  type Place,
  type PlaceInContext,
  type SearchPage,
  type CountedMention,
} from "./search.js";
export {
  CONCORDANCE_SORTS,
  orderAndShow,
  selectMentions,
  type ConcordanceLine,
  type ConcordanceSort,
  type MentionFilter,
  type ShowOptions,
} from "./concordance.js";
export {
  sortConcordance,
  unknownSortKeys,
  SORT_KEYS_HELP,
} from "./concordance-keys.js";
export {
  pageVocabulary,
  pageFilter,
  filterColumns,
  indexNeedles,
  type IndexNeedle,
  VOCABULARY_VERSION,
  type PageVocabulary,
  type PageFilter,
} from "./vocabulary.js";
export {
  pageTokens,
  tokenRange,
  tokensOutside,
  type PageToken,
  type PlacesRead,
} from "./page-tokens.js";
export {
  mutualInformation,
  logLikelihood,
  type Association,
} from "./association.js";
export { signedKeyness, type KeynessCounts } from "./keyness.js";
export {
  collocates,
  type Collocate,
  type CollocateOptions,
  type PageWithPlaces,
} from "./collocates.js";
export {
  wordList,
  wordListFromTotals,
  corpusCounts,
  type WordCount,
} from "./word-list.js";
export { clusters, clusterSizes, type Cluster } from "./clusters.js";
export {
  suggestPhrases,
  type Suggestion,
  type SuggestPage,
} from "./suggest.js";
export {
  conceptWeights,
  rankCandidates,
  type Candidate,
  type CandidateInput,
  type CandidateOptions,
} from "./candidates.js";
